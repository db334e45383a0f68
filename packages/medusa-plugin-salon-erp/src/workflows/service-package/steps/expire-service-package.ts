import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"

export const expireServicePackageStepId = "expire-service-package"
/**
 * This step expires a package past its validity, forfeiting its unreserved sessions by `expire`
 * entries (once, however many jobs run). Compensation reinstates them with reversing entries.
 */
export const expireServicePackageStep = createStep(
  expireServicePackageStepId,
  async (input: { package_id: string }, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.expirePackage(input.package_id)
    return new StepResponse(
      result ?? {
        operation_id: "",
        type: "expire" as const,
        package_id: input.package_id,
        created: false,
        entry_ids: [],
        new_package_id: null,
      },
      result?.created ? result.operation_id : undefined
    )
  },
  async (operationId, { container }) => {
    if (!operationId) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    await packages.compensateOperation(operationId)
  }
)
