/** Events the service package capability emits; payloads are documented in docs/service-packages.md. */
export const ServicePackageWorkflowEvents = {
  TEMPLATE_CREATED: "package_template.created",
  TEMPLATE_UPDATED: "package_template.updated",
  TEMPLATE_DELETED: "package_template.deleted",
  SOLD: "service_package.sold",
  SESSION_RESERVED: "service_package.session_reserved",
  RESERVATION_RELEASED: "service_package.reservation_released",
  SESSION_REDEEMED: "service_package.session_redeemed",
  SESSION_FORFEITED: "service_package.session_forfeited",
  ENTRY_REVERSED: "service_package.entry_reversed",
  ADJUSTED: "service_package.adjusted",
  EXPIRED: "service_package.expired",
  REFUNDED: "service_package.refunded",
  FROZEN: "service_package.frozen",
  UNFROZEN: "service_package.unfrozen",
  EXTENDED: "service_package.extended",
  TRANSFERRED: "service_package.transferred",
  EXPIRY_REMINDER_SENT: "service_package.expiry_reminder_sent",
} as const

/**
 * One ledger movement, as every session event carries it: enough for commissions, revenue and
 * reports to act without a lookup. `quantity` and `value` are signed as in the ledger (negative
 * leaves the package); `sessions` and `session_value` are positive.
 */
export type PackageMovementEventData = {
  /** The ledger entry. */
  id: string
  type: string
  operation_id: string
  package_id: string
  package_display_id: number
  package_item_id: string
  template_id: string | null
  package_name: string
  customer_id: string
  salon_service_id: string
  service_name: string
  quantity: number
  sessions: number
  value: number
  session_value: number
  currency_code: string
  remaining_after: number
  /** Where it happened (redemptions: the branch that performed the service). */
  branch_id: string | null
  /** Redemptions: who performed the service; sales: who sold it. */
  staff_member_id: string | null
  /** The branch that sold the package and who sold it (commissions on sales). */
  selling_branch_id: string | null
  sold_by_staff_member_id: string | null
  appointment_id: string | null
  appointment_item_id: string | null
  reservation_id: string | null
  /** Redemptions from an appointment: the customer asked for this staff member. */
  is_designated: boolean | null
  order_id: string | null
  order_line_item_id: string | null
  related_package_id: string | null
  reverses_entry_id: string | null
  reason: string | null
  author_type: string
  author_id: string | null
  created_at: string
}

/** Payload of service_package.sold / expired / refunded / frozen / … (package-level events). */
export type PackageEventData = {
  id: string
  display_id: number
  customer_id: string
  template_id: string | null
  name: string
  status: string
  source: string
  currency_code: string
  price_paid: number
  payment_method: string | null
  selling_branch_id: string | null
  sold_by_staff_member_id: string | null
  sold_by_user_id: string | null
  order_id: string | null
  order_line_item_id: string | null
  purchased_at: string
  expires_at: string
  operation_id: string
  items: {
    id: string
    salon_service_id: string
    service_name: string
    total_sessions: number
    remaining: number
    reserved: number
    allocated_amount: number
    value_remaining: number
  }[]
  /** The ledger entries the operation wrote (empty for freeze, unfreeze, a plain extension). */
  entries: PackageMovementEventData[]
  /** Refunds only. */
  refund?: {
    gross_amount: number
    fee_percent: number
    fee: number
    amount: number
    refund_method: string
  }
  reason?: string | null
  /** Transfers only: the package the sessions went to. */
  new_package_id?: string | null
  actor_type: string
  actor_id: string | null
}

/** Payload of service_package.session_reserved / reservation_released. */
export type ReservationEventData = {
  id: string
  status: string
  package_id: string
  package_item_id: string
  customer_id: string
  appointment_id: string
  appointment_item_id: string
  salon_service_id: string
  branch_id: string
  source: string
  release_reason: string | null
}
