import type { CounterTenderKind, NewCounterSaleLine } from "../../modules/counter/types"

export type RefundCounterSaleInput = {
  sale_id: string
  idempotency_key: string
  kind: "refund" | "void"
  /** The lines to refund (all units when quantity is omitted); a void takes everything left. */
  lines: { line_id: string; quantity?: number }[]
  reason: string
  staff_member_id: string
  /** The open shift whose drawer pays cash back. */
  shift_id?: string | null
  created_by: string
}

/** A tender's share of the refund: the payment it came from and what goes back to it. */
export type PlannedTenderRefund = {
  kind: CounterTenderKind
  payment_id: string
  /** Positive: what goes back. */
  amount: string
  stored_value_operation_id: string | null
}

export type CounterRefundPlan = {
  refund_id: string
  sale_id: string
  order_id: string
  branch_id: string
  currency_code: string
  stock_location_id: string | null
  reason: string
  created_by: string
  /** Negative rows to append, each naming the sale line it reverses. */
  lines: (NewCounterSaleLine & { reverses_line_id: string })[]
  tenders: PlannedTenderRefund[]
  /** Retail back on the branch's shelf. */
  restock: { inventory_item_id: string; quantity: number }[]
  /** Package sessions given back. */
  sessions: { package_id: string; entry_id: string }[]
  appointment_ids: string[]
}
