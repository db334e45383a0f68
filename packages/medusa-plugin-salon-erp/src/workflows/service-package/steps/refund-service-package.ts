import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { RefundPackageInput } from "../../../modules/service-package/types"

export type RefundServicePackageStepInput = RefundPackageInput & {
  /** The amount paid out; the refund is refused if the package changed since it was quoted. */
  expected_amount: number
}

export const refundServicePackageStepId = "refund-service-package"
/**
 * This step takes every unused session off a package by `refund` entries at its allocated value
 * and marks it refunded (refused, with nothing written, when the package changed since the
 * quote). Compensation restores the sessions with reversing entries.
 */
export const refundServicePackageStep = createStep(
  refundServicePackageStepId,
  async (input: RefundServicePackageStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const result = await packages.refundPackage(input)
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
