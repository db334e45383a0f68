import type { OutboxEventDraft } from "../../lib/outbox"

/** Events the commission capability emits; payloads are documented in docs/commissions.md. */
export const CommissionWorkflowEvents = {
  ENTRIES_RECORDED: "commission.entries_recorded",
  ATTRIBUTION_CHANGED: "commission.attribution_changed",
  PERIOD_CLOSED: "commission.period_closed",
  RULE_CREATED: "commission_rule.created",
  RULE_UPDATED: "commission_rule.updated",
  RULE_DELETED: "commission_rule.deleted",
} as const

export const COMMISSION_OUTBOX_TABLE = "commission_outbox_event"
export { COMMISSION_OUTBOX_ID_PREFIX } from "./lib/constants"

/** Payload of commission.entries_recorded: one per source whose entries changed. */
export type CommissionEntriesRecordedData = {
  source_type: string
  source_id: string
  entry_ids: string[]
}

export type CommissionAttributionChangedData = {
  source_type: string
  source_id: string
  source_line_id: string
  role: "labour" | "sales"
  shares: { staff_member_id: string; share: number }[]
  set_by: string | null
  entry_ids: string[]
}

export type CommissionPeriodClosedData = {
  period: string
  settlements: number
  settlement_entry_ids: string[]
  closed_by: string | null
}

/** Events of a source are published in commit order (its entries and its attribution changes). */
export function entriesRecordedEvent(data: CommissionEntriesRecordedData): OutboxEventDraft {
  return {
    event_name: CommissionWorkflowEvents.ENTRIES_RECORDED,
    aggregate_id: data.source_id,
    data,
  }
}

export function attributionChangedEvent(data: CommissionAttributionChangedData): OutboxEventDraft {
  return {
    event_name: CommissionWorkflowEvents.ATTRIBUTION_CHANGED,
    aggregate_id: data.source_id,
    data,
  }
}

export function periodClosedEvent(data: CommissionPeriodClosedData): OutboxEventDraft {
  return { event_name: CommissionWorkflowEvents.PERIOD_CLOSED, aggregate_id: data.period, data }
}

export function ruleEvent(
  eventName:
    | typeof CommissionWorkflowEvents.RULE_CREATED
    | typeof CommissionWorkflowEvents.RULE_UPDATED
    | typeof CommissionWorkflowEvents.RULE_DELETED,
  ruleId: string
): OutboxEventDraft {
  return { event_name: eventName, aggregate_id: ruleId, data: { id: ruleId } }
}
