import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import type { RefundMethod } from "../../../modules/service-package/types"

export type PayOutPackageRefundStepInput = {
  package_id: string
  customer_id: string
  refund_method: RefundMethod
  /** Major units. */
  amount: number
  currency_code: string
  /** The refund's idempotency key: a payout must happen once, whatever retries. */
  idempotency_key: string
}

export const payOutPackageRefundStepId = "pay-out-package-refund"
/**
 * This step pays a package refund out. Cash, card, WeChat Pay, Alipay, bank transfers and
 * `original_payment` are paid at the till or by the payment provider's back office: the package
 * records the method and amount. `stored_value` credits the customer's stored value, keyed by the
 * refund: a package paid from stored value gets that debit refunded (in its own principal/bonus
 * split), any other package is credited as principal. Compensation reverses the credit.
 */
export const payOutPackageRefundStep = createStep(
  payOutPackageRefundStepId,
  async (input: PayOutPackageRefundStepInput, { container }) => {
    if (input.refund_method !== "stored_value" || input.amount <= 0) {
      return new StepResponse(
        {
          refund_method: input.refund_method,
          amount: input.amount,
          reference: null as string | null,
        },
        null
      )
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const [pkg] = await packages.listCustomerPackages(
      { id: input.package_id },
      { select: ["id", "metadata"] }
    )
    const paidFrom = (pkg?.metadata as Record<string, unknown> | null)
      ?.stored_value_operation_id as string | undefined
    const key = `service-package-refund:${input.idempotency_key}`
    const credit = paidFrom
      ? await storedValue.refund({
          idempotency_key: key,
          operation_id: paidFrom,
          amount: input.amount,
          reference_type: "service_package",
          reference_id: input.package_id,
          reason: "Service package refunded",
        })
      : await storedValue.topUp({
          idempotency_key: key,
          customer_id: input.customer_id,
          currency_code: input.currency_code,
          principal_amount: input.amount,
          bonus_amount: 0,
          reference_type: "service_package",
          reference_id: input.package_id,
          reason: "Service package refunded to stored value",
        })
    return new StepResponse(
      {
        refund_method: input.refund_method,
        amount: input.amount,
        reference: credit.operation_id as string | null,
      },
      credit.replayed ? null : credit.operation_id
    )
  },
  async (operationId, { container }) => {
    if (!operationId) {
      return
    }
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await storedValue.reverse({
      idempotency_key: `compensate:${operationId}`,
      operation_id: operationId,
      reason: "The package refund failed after the stored value was credited",
    })
  }
)
