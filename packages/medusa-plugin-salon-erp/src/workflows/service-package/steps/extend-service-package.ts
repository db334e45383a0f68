import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { ExtendPackageInput } from "../../../modules/service-package/types"

export const extendServicePackageStepId = "extend-service-package"
/**
 * This step moves a package's expiry later (an expired package comes back with its sessions).
 * Compensation reverses what it did with new entries (and restores the package's previous
 * state); nothing is deleted.
 */
export const extendServicePackageStep = createStep(
  extendServicePackageStepId,
  async (input: ExtendPackageInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.extendPackage(input)
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
