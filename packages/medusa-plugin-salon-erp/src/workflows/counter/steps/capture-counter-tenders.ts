import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CounterSalePlan } from "../../../lib/counter/sale-plan"
import type { CounterStoredValueDebit } from "./spend-counter-stored-value"

/** The provider every counter tender is recorded with; the tender itself is in the session's metadata. */
export const COUNTER_PAYMENT_PROVIDER = "pp_system_default"

/** One captured payment per tender, in tender order. */
export type CapturedCounterTender = { payment_id: string; capture_id: string }

type Captured = { payment_id: string; transaction_ids: string[] }

export const captureCounterTendersStepId = "capture-counter-tenders"
/**
 * This step records each tender as a payment of the order's payment collection: a session whose
 * metadata says what it was (kind, cash handed over and change, reference, register, shift, the
 * stored value debit), authorized and captured, and an order transaction for the capture, so the
 * order shows as paid and each tender is traceable from it. It runs after everything that can be
 * refused. Compensation refunds what it captured and removes its transactions.
 */
export const captureCounterTendersStep = createStep(
  captureCounterTendersStepId,
  async (
    input: {
      plan: CounterSalePlan
      order_id: string
      payment_collection_id: string
      stored_value: CounterStoredValueDebit
    },
    { container }
  ) => {
    const payments = container.resolve(Modules.PAYMENT)
    const orders = container.resolve(Modules.ORDER)
    const { plan } = input
    const captured: Captured[] = []
    const result: CapturedCounterTender[] = []
    try {
      for (const [index, tender] of plan.tenders.entries()) {
        const session = await payments.createPaymentSession(input.payment_collection_id, {
          provider_id: COUNTER_PAYMENT_PROVIDER,
          currency_code: plan.currency_code,
          amount: tender.amount,
          data: {},
          metadata: {
            counter_sale_id: plan.sale_id,
            tender_index: index,
            tender_kind: tender.kind,
            tendered: tender.tendered,
            change: tender.change,
            reference: tender.reference,
            register_id: plan.register_id,
            shift_id: plan.shift_id,
            stored_value_operation_id:
              tender.kind === "stored_value" ? (input.stored_value?.operation_id ?? null) : null,
          },
        })
        const payment = await payments.authorizePaymentSession(session.id, {})
        const paid = await payments.capturePayment({
          payment_id: payment!.id,
          amount: tender.amount,
          captured_by: plan.created_by,
        })
        const capture = paid.captures![paid.captures!.length - 1]
        const entry: Captured = { payment_id: paid.id, transaction_ids: [] }
        captured.push(entry)
        const transaction = await orders.addOrderTransactions({
          order_id: input.order_id,
          amount: tender.amount,
          currency_code: plan.currency_code,
          reference: "capture",
          reference_id: capture.id,
        })
        entry.transaction_ids.push(transaction.id)
        result.push({ payment_id: paid.id, capture_id: capture.id })
      }
    } catch (error) {
      await undoCaptures(container, captured, plan.created_by)
      throw error
    }
    return new StepResponse(result, { captured, created_by: plan.created_by })
  },
  async (undo, { container }) => {
    if (!undo) return
    await undoCaptures(container, undo.captured, undo.created_by)
  }
)

async function undoCaptures(
  container: { resolve: (key: string) => unknown },
  captured: Captured[],
  createdBy: string
) {
  const payments = container.resolve(Modules.PAYMENT) as {
    retrievePayment: (id: string) => Promise<{ amount: unknown }>
    refundPayment: (data: {
      payment_id: string
      amount: unknown
      created_by: string
      note: string
    }) => Promise<unknown>
  }
  const orders = container.resolve(Modules.ORDER) as {
    deleteOrderTransactions: (ids: string[]) => Promise<void>
  }
  for (const entry of captured) {
    const payment = await payments.retrievePayment(entry.payment_id)
    await payments.refundPayment({
      payment_id: entry.payment_id,
      amount: payment.amount,
      created_by: createdBy,
      note: "Counter sale rolled back",
    })
    if (entry.transaction_ids.length) await orders.deleteOrderTransactions(entry.transaction_ids)
  }
}
