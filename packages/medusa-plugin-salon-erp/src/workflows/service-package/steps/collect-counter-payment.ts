import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import type { PaymentMethod } from "../../../modules/service-package/types"

export type CollectCounterPaymentStepInput = {
  customer_id: string
  payment_method: PaymentMethod
  /** Major units. */
  amount: number
  currency_code: string
  /** The sale's idempotency key: a payment taken for it must be taken once, whatever retries. */
  idempotency_key: string
  branch_id: string
  /** Who sold it, recorded on a stored value debit. */
  staff_member_id?: string | null
  created_by?: string | null
}

export const collectCounterPaymentStepId = "collect-counter-payment"
/**
 * This step takes the payment of a package sold at the counter and records how it was paid.
 * Card, cash, WeChat Pay, Alipay and bank transfers are settled at the till: the package records
 * the method and the amount (daily settlement reports add them up). `stored_value` debits the
 * customer's stored value, keyed by the sale so a retried sale debits once; the debit's
 * operation id is the payment reference. Compensation writes a reversal of that debit.
 */
export const collectCounterPaymentStep = createStep(
  collectCounterPaymentStepId,
  async (input: CollectCounterPaymentStepInput, { container }) => {
    if (input.payment_method !== "stored_value" || input.amount <= 0) {
      return new StepResponse(
        {
          payment_method: input.payment_method,
          amount: input.amount,
          currency_code: input.currency_code,
          reference: null as string | null,
        },
        null
      )
    }
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const debit = await storedValue.spend({
      idempotency_key: `service-package-sale:${input.idempotency_key}`,
      customer_id: input.customer_id,
      currency_code: input.currency_code,
      amount: input.amount,
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id ?? null,
      reference_type: "service_package_sale",
      reference_id: input.idempotency_key,
      reason: "Service package sale",
      created_by: input.created_by ?? null,
    })
    return new StepResponse(
      {
        payment_method: input.payment_method,
        amount: input.amount,
        currency_code: input.currency_code,
        reference: debit.operation_id as string | null,
      },
      // Only a debit this run made is undone; a replayed key moved nothing now.
      debit.replayed ? null : debit.operation_id
    )
  },
  async (operationId, { container }) => {
    if (!operationId) {
      return
    }
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await storedValue.compensate(operationId, {
      reason: "The package sale failed after the stored value was debited",
    })
  }
)
