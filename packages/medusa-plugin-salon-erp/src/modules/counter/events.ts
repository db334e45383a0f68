import { type OutboxEventDraft, stageOutboxEvents } from "../../lib/outbox"
import { OUTBOX_ID_PREFIX } from "./lib/constants"
import type { Knex } from "./lib/db"
import { COUNTER_OUTBOX_TABLE } from "./models/outbox-event"
import { canonical } from "./lib/money"
import type { CompleteCounterSaleInput, CounterCashEntryRow, CounterShiftRow } from "./types"

/** Events the counter capability emits; payloads are documented in docs/checkout.md. */
export const CounterWorkflowEvents = {
  SHIFT_OPENED: "counter.shift_opened",
  CASH_ENTRY_RECORDED: "counter.cash_entry_recorded",
  SHIFT_CLOSED: "counter.shift_closed",
  SALE_COMPLETED: "counter.sale_completed",
  SALE_REFUNDED: "counter.sale_refunded",
} as const

/** Payload of counter.sale_completed. */
export type CounterSaleCompletedEventData = {
  sale_id: string
  order_id: string
  order_display_id: number
  branch_id: string
  register_id: string | null
  shift_id: string | null
  customer_id: string | null
  currency_code: string
  total: string
  /** Appointments whose services the sale paid (their commissions are re-read). */
  appointment_ids: string[]
  tenders: { kind: string; amount: string }[]
}

/** Payload of counter.shift_opened. */
export type CounterShiftOpenedEventData = {
  shift_id: string
  register_id: string
  branch_id: string
  currency_code: string
  opening_float: string
  opened_by: string
  opened_at: string
}

/** Payload of counter.cash_entry_recorded (paid_in, paid_out or a correction after close). */
export type CounterCashEntryRecordedEventData = {
  entry_id: string
  shift_id: string
  register_id: string
  branch_id: string
  currency_code: string
  kind: string
  /** Signed: into the drawer positive, out negative. */
  amount: string
  reason: string | null
  created_by: string
}

/** Payload of counter.shift_closed. */
export type CounterShiftClosedEventData = {
  shift_id: string
  register_id: string
  branch_id: string
  currency_code: string
  expected_cash: string
  counted_cash: string
  cash_difference: string
  counted_tenders: Record<string, number> | null
  closed_by: string
  closed_at: string
}

/** counter.shift_opened for a shift just inserted, with the float as given (canonical). */
export function shiftOpenedEvent(shift: CounterShiftRow, openingFloat: string): OutboxEventDraft {
  const data: CounterShiftOpenedEventData = {
    shift_id: shift.id,
    register_id: shift.register_id,
    branch_id: shift.branch_id,
    currency_code: shift.currency_code,
    opening_float: openingFloat,
    opened_by: shift.opened_by,
    opened_at: new Date(shift.opened_at).toISOString(),
  }
  return { event_name: CounterWorkflowEvents.SHIFT_OPENED, aggregate_id: shift.id, data }
}

/** counter.cash_entry_recorded for an entry just appended to the shift's drawer. */
export function cashEntryRecordedEvent(
  shift: CounterShiftRow,
  entry: CounterCashEntryRow
): OutboxEventDraft {
  const data: CounterCashEntryRecordedEventData = {
    entry_id: entry.id,
    shift_id: shift.id,
    register_id: shift.register_id,
    branch_id: shift.branch_id,
    currency_code: shift.currency_code,
    kind: entry.kind,
    amount: canonical(entry.amount),
    reason: entry.reason,
    created_by: entry.created_by,
  }
  return { event_name: CounterWorkflowEvents.CASH_ENTRY_RECORDED, aggregate_id: shift.id, data }
}

/** counter.shift_closed, with the figures as computed (not as read back from numeric columns). */
export function shiftClosedEvent(
  closed: CounterShiftRow,
  figures: Pick<
    CounterShiftClosedEventData,
    "expected_cash" | "counted_cash" | "cash_difference" | "counted_tenders"
  >
): OutboxEventDraft {
  const data: CounterShiftClosedEventData = {
    shift_id: closed.id,
    register_id: closed.register_id,
    branch_id: closed.branch_id,
    currency_code: closed.currency_code,
    ...figures,
    closed_by: closed.closed_by!,
    closed_at: new Date(closed.closed_at!).toISOString(),
  }
  return { event_name: CounterWorkflowEvents.SHIFT_CLOSED, aggregate_id: closed.id, data }
}

/** counter.sale_completed, from the claimed sale and what completed it. */
export function saleCompletedEvent(
  sale: {
    id: string
    branch_id: string
    register_id: string | null
    shift_id: string | null
    customer_id: string | null
    currency_code: string
  },
  input: CompleteCounterSaleInput
): OutboxEventDraft {
  const data: CounterSaleCompletedEventData = {
    sale_id: sale.id,
    order_id: input.order_id,
    order_display_id: input.order_display_id,
    branch_id: sale.branch_id,
    register_id: sale.register_id,
    shift_id: sale.shift_id,
    customer_id: sale.customer_id,
    currency_code: sale.currency_code,
    total: canonical(input.total),
    appointment_ids: [
      ...new Set(input.lines.map((line) => line.appointment_id).filter((id): id is string => !!id)),
    ],
    tenders: input.tenders.map((tender) => ({
      kind: tender.kind,
      amount: canonical(tender.amount),
    })),
  }
  return { event_name: CounterWorkflowEvents.SALE_COMPLETED, aggregate_id: sale.id, data }
}

/** Payload of counter.sale_refunded (a refund of chosen lines, or a void of the whole sale). */
export type CounterSaleRefundedEventData = {
  refund_id: string
  kind: string
  sale_id: string
  order_id: string
  branch_id: string
  currency_code: string
  /** What went back to the client, over all tenders. */
  amount: string
  reason: string
  appointment_ids: string[]
}

export function saleRefundedEvent(data: CounterSaleRefundedEventData): OutboxEventDraft {
  return { event_name: CounterWorkflowEvents.SALE_REFUNDED, aggregate_id: data.sale_id, data }
}

/** Stages an event in the module's outbox, in the caller's transaction. */
export async function stageEvent(trx: Knex, event: OutboxEventDraft): Promise<void> {
  await stageOutboxEvents(trx, COUNTER_OUTBOX_TABLE, OUTBOX_ID_PREFIX, [event])
}
