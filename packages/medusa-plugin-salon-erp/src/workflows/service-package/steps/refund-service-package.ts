import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { RefundPackageInput } from "../../../modules/service-package/types"
import { conflictError } from "../../../lib/errors"

export type RefundServicePackageStepInput = RefundPackageInput & {
  /** The amount paid out; the refund is refused if the package changed since it was quoted. */
  expected_amount: number
}

export const refundServicePackageStepId = "refund-service-package"
/**
 * This step takes every unused session off a package by `refund` entries at its allocated value
 * and marks it refunded. Compensation restores the sessions with reversing entries.
 */
export const refundServicePackageStep = createStep(
  refundServicePackageStepId,
  async (input: RefundServicePackageStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const { expected_amount, ...refund } = input
    const result = await packages.refundPackage(refund)
    if (result.created && result.quote.amount !== expected_amount) {
      // Undone by the compensation below, as the step failed.
      await packages.compensateOperation(result.operation_id)
      throw conflictError(
        `The package changed while the refund was being paid out (${expected_amount} quoted, ${result.quote.amount} now); try again`
      )
    }
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
