import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CounterRefundPlan } from "../../../lib/counter/refund-plan"

/** The Medusa refund recorded for each tender share, in plan order. */
export type CounterPaymentRefund = { payment_id: string; refund_id: string }

type Recorded = { refund_ids: string[]; transaction_ids: string[] }

export const refundCounterPaymentsStepId = "refund-counter-payments"
/**
 * This step records each tender's share as a refund of its Medusa payment (with the reason as its
 * note) and an order transaction for it, so the order shows what went back and how. Card, WeChat
 * Pay, Alipay and bank transfers are paid back outside (the refund marks them to pay); cash leaves
 * the drawer when the refund is recorded. Compensation deletes the refunds and transactions it
 * made (the counter's payments use the system provider, which moves no money itself).
 */
export const refundCounterPaymentsStep = createStep(
  refundCounterPaymentsStepId,
  async ({ plan }: { plan: CounterRefundPlan }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const orders = container.resolve(Modules.ORDER)
    const refunds: CounterPaymentRefund[] = []
    const recorded: Recorded = { refund_ids: [], transaction_ids: [] }
    try {
      for (const tender of plan.tenders) {
        const payment = await payments.refundPayment({
          payment_id: tender.payment_id,
          amount: tender.amount,
          created_by: plan.created_by,
          note: `${tender.kind} refund at the counter: ${plan.reason}`.slice(0, 500),
        })
        const refund = payment.refunds![payment.refunds!.length - 1]
        recorded.refund_ids.push(refund.id)
        const transaction = await orders.addOrderTransactions({
          order_id: plan.order_id,
          amount: -Number(tender.amount),
          currency_code: plan.currency_code,
          reference: "refund",
          reference_id: refund.id,
        })
        recorded.transaction_ids.push(transaction.id)
        refunds.push({ payment_id: tender.payment_id, refund_id: refund.id })
      }
    } catch (error) {
      await undoRefunds(container, recorded)
      throw error
    }
    return new StepResponse(refunds, recorded)
  },
  async (recorded, { container }) => {
    if (recorded) await undoRefunds(container, recorded)
  }
)

async function undoRefunds(container: { resolve: (key: string) => unknown }, recorded: Recorded) {
  const payments = container.resolve(Modules.PAYMENT) as {
    deleteRefunds: (ids: string[]) => Promise<void>
  }
  const orders = container.resolve(Modules.ORDER) as {
    deleteOrderTransactions: (ids: string[]) => Promise<void>
  }
  if (recorded.transaction_ids.length)
    await orders.deleteOrderTransactions(recorded.transaction_ids)
  if (recorded.refund_ids.length) await payments.deleteRefunds(recorded.refund_ids)
}
