import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import { canonical } from "../../../modules/counter/lib/money"
import type { CounterRefundPlan } from "../../../lib/counter/refund-plan"
import type { CounterPaymentRefund } from "./refund-counter-payments"
import type { CounterStoredValueRefund } from "./refund-counter-ledgers"

export const completeCounterRefundStepId = "complete-counter-refund"
/**
 * This step records the refund: negative lines and tenders (each with its Medusa refund), the cash
 * out of the named shift's drawer, and `counter.sale_refunded`, in one transaction under the sale's
 * lock (see CounterModuleService.completeRefund). No compensation: it is the last step.
 */
export const completeCounterRefundStep = createStep(
  completeCounterRefundStepId,
  async (
    input: {
      plan: CounterRefundPlan
      payments: CounterPaymentRefund[]
      stored_value: CounterStoredValueRefund
    },
    { container }
  ) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const { plan } = input
    const negative = (value: string) => canonical(-Number(value))
    const result = await counter.completeRefund({
      refund_id: plan.refund_id,
      order_id: plan.order_id,
      appointment_ids: plan.appointment_ids,
      lines: plan.lines,
      tenders: plan.tenders.map((tender, index) => {
        const storedValue = tender.kind === "stored_value" ? input.stored_value : null
        return {
          kind: tender.kind,
          amount: negative(tender.amount),
          tendered: null,
          change: null,
          reference: null,
          payment_id: tender.payment_id,
          payment_refund_id: input.payments[index]?.refund_id ?? null,
          stored_value_operation_id: storedValue?.operation_id ?? null,
          principal_amount: storedValue ? negative(storedValue.principal_amount) : null,
          bonus_amount: storedValue ? negative(storedValue.bonus_amount) : null,
        }
      }),
    })
    return new StepResponse(result)
  }
)
