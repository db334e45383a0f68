import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { RedeemSessionsInput } from "../../../modules/service-package/types"

export const redeemPackageSessionsStepId = "redeem-package-sessions"
/**
 * This step redeems sessions of one service of a package (at most the unreserved ones left).
 * Compensation reverses what it did with new entries (and restores the package's previous
 * state); nothing is deleted.
 */
export const redeemPackageSessionsStep = createStep(
  redeemPackageSessionsStepId,
  async (input: RedeemSessionsInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.redeemSessions(input)
    return new StepResponse(result, result.created ? result.operation_id : undefined)
  },
  async (operationId, { container }) => {
    if (!operationId) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    await packages.compensateOperation(operationId)
  }
)
