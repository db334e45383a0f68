import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CounterRefundPlan } from "../utils/refund-plan"

/** The Medusa refund recorded for each tender share, in plan order. */
export type CounterPaymentRefund = { payment_id: string; refund_id: string }

export const refundCounterPaymentsStepId = "refund-counter-payments"
/**
 * This step records each tender's share as a refund of its Medusa payment (with the reason as its
 * note) and an order transaction for it, so the order shows what went back and how. Card, WeChat
 * Pay, Alipay and bank transfers are paid back outside (the refund marks them to pay); cash leaves
 * the drawer when the refund is recorded. It runs after every check; a refund cannot be undone, so
 * it has no compensation.
 */
export const refundCounterPaymentsStep = createStep(
  refundCounterPaymentsStepId,
  async ({ plan }: { plan: CounterRefundPlan }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const orders = container.resolve(Modules.ORDER)
    const refunds: CounterPaymentRefund[] = []
    for (const tender of plan.tenders) {
      const payment = await payments.refundPayment({
        payment_id: tender.payment_id,
        amount: tender.amount,
        created_by: plan.created_by,
        note: `${tender.kind} refund at the counter: ${plan.reason}`.slice(0, 500),
      })
      const refund = payment.refunds![payment.refunds!.length - 1]
      await orders.addOrderTransactions({
        order_id: plan.order_id,
        amount: -Number(tender.amount),
        currency_code: plan.currency_code,
        reference: "refund",
        reference_id: refund.id,
      })
      refunds.push({ payment_id: tender.payment_id, refund_id: refund.id })
    }
    return new StepResponse(refunds)
  }
)
