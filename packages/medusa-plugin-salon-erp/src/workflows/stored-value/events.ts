/** Events the stored value capability emits; payloads are documented in docs/stored-value.md. */
export const StoredValueWorkflowEvents = {
  TOPPED_UP: "stored_value.topped_up",
  SPENT: "stored_value.spent",
  REFUNDED: "stored_value.refunded",
  REVERSED: "stored_value.reversed",
  ADJUSTED: "stored_value.adjusted",
  BONUS_EXPIRED: "stored_value.bonus_expired",
  ACCOUNT_CLOSED: "stored_value.account_closed",
} as const

/** Payload of every stored_value.* event. Amounts are positive magnitudes of what moved. */
export type StoredValueEventData = {
  operation_id: string
  account_id: string
  customer_id: string
  currency_code: string
  /** Principal that moved (for a top-up: money paid; for a spend: paid money used). */
  principal_amount: string
  bonus_amount: string
  principal_balance: string
  bonus_balance: string
  branch_id: string | null
  staff_member_id: string | null
  reference_type: string | null
  reference_id: string | null
  payment_method: string | null
  /** For refunds and reversals: the operation undone. */
  target_operation_id?: string | null
  /** For top-ups sold from a recharge plan. */
  recharge_plan_id?: string | null
  /** For top-ups bought online: the order line that paid for it. */
  order_id?: string | null
  line_item_id?: string | null
}
