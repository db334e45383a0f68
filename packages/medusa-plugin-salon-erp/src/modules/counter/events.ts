import { type OutboxEventDraft, stageOutboxEvents } from "../../lib/outbox"
import { OUTBOX_ID_PREFIX } from "./lib/constants"
import type { Knex } from "./lib/db"
import { COUNTER_OUTBOX_TABLE } from "./models/outbox-event"
import { canonical } from "./lib/money"
import type { CounterCashEntryRow, CounterShiftRow } from "./types"

/** Events the counter capability emits; payloads are documented in docs/checkout.md. */
export const CounterWorkflowEvents = {
  SHIFT_OPENED: "counter.shift_opened",
  CASH_ENTRY_RECORDED: "counter.cash_entry_recorded",
  SHIFT_CLOSED: "counter.shift_closed",
} as const

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

/** Stages an event in the module's outbox, in the caller's transaction. */
export async function stageEvent(trx: Knex, event: OutboxEventDraft): Promise<void> {
  await stageOutboxEvents(trx, COUNTER_OUTBOX_TABLE, OUTBOX_ID_PREFIX, [event])
}
