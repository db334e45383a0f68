import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { AdjustSessionsInput } from "../../../modules/service-package/types"

export const adjustPackageSessionsStepId = "adjust-package-sessions"
/**
 * This step adds or removes sessions by hand, with a reason.
 * Compensation reverses what it did with new entries (and restores the package's previous
 * state); nothing is deleted.
 */
export const adjustPackageSessionsStep = createStep(
  adjustPackageSessionsStepId,
  async (input: AdjustSessionsInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.adjustSessions(input)
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
