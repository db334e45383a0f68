import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { TransferSessionsInput } from "../../../modules/service-package/types"

export const transferPackageSessionsStepId = "transfer-package-sessions"
/**
 * This step moves unreserved sessions to a new package of another customer.
 * Compensation reverses what it did with new entries (and restores the package's previous
 * state); nothing is deleted.
 */
export const transferPackageSessionsStep = createStep(
  transferPackageSessionsStepId,
  async (input: TransferSessionsInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.transferSessions(input)
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
