import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { StatusChangeInput } from "../../../modules/service-package/types"

export const unfreezeServicePackageStepId = "unfreeze-service-package"
/**
 * This step unfreezes a package, extending its validity by the time it was frozen.
 * Compensation reverses what it did with new entries (and restores the package's previous
 * state); nothing is deleted.
 */
export const unfreezeServicePackageStep = createStep(
  unfreezeServicePackageStepId,
  async (input: StatusChangeInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.unfreezePackage(input)
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
