/** Events the commission capability emits; payloads are documented in docs/commissions.md. */
export const CommissionWorkflowEvents = {
  ENTRIES_RECORDED: "commission.entries_recorded",
  ATTRIBUTION_CHANGED: "commission.attribution_changed",
  PERIOD_CLOSED: "commission.period_closed",
  RULE_CREATED: "commission_rule.created",
  RULE_UPDATED: "commission_rule.updated",
  RULE_DELETED: "commission_rule.deleted",
} as const

/** Payload of commission.entries_recorded: one per source whose entries changed. */
export type CommissionEntriesRecordedData = {
  source_type: string
  source_id: string
  entry_ids: string[]
}
