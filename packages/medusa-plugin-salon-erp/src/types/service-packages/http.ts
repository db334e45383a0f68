/** Request and response shapes of the service package admin API (templates, packages, ledger; docs/service-packages.md). */

export type PackageTemplateItem = {
  id: string
  position: number
  salon_service_id: string
  sessions: number
  session_value: number | null
  salon_service?: { id: string; name: string; category: string | null } | null
}

export type PackageTemplate = {
  id: string
  name: string
  description: string | null
  variant_id: string
  currency_code: string
  validity_days: number | null
  valid_until: string | null
  branch_scope: "all_branches" | "selling_branch"
  allocation_method: "list_price" | "equal" | "fixed"
  refund_fee_percent: number | null
  is_active: boolean
  items: PackageTemplateItem[]
  product_variant?: {
    id: string
    product_id: string
    prices?: { amount: number; currency_code: string }[]
  } | null
}

export type PackageTemplatePayload = {
  name?: string
  description?: string | null
  items?: { salon_service_id: string; sessions: number; session_value?: number | null }[]
  validity_days?: number | null
  valid_until?: string | null
  branch_scope?: PackageTemplate["branch_scope"]
  allocation_method?: PackageTemplate["allocation_method"]
  refund_fee_percent?: number | null
  is_active?: boolean
}

export type CreatePackageTemplatePayload = PackageTemplatePayload & {
  name: string
  items: NonNullable<PackageTemplatePayload["items"]>
  prices?: { currency_code: string; amount: number }[]
  sales_channel_ids?: string[]
}

export type ServicePackageItem = {
  id: string
  salon_service_id: string
  service_name: string
  total_sessions: number
  remaining: number
  reserved: number
  allocated_amount: number
  value_remaining: number
}

export type ServicePackage = {
  id: string
  display_id: number
  customer_id: string
  template_id: string | null
  name: string
  status: "active" | "frozen" | "expired" | "refunded" | "canceled"
  source: "online" | "counter" | "transfer" | "migration"
  currency_code: string
  price_paid: number
  payment_method: string | null
  branch_scope: "all_branches" | "selling_branch"
  selling_branch_id: string | null
  purchased_at: string
  expires_at: string
  frozen_reason: string | null
  refund_amount: number | null
  items: ServicePackageItem[]
  total_sessions: number
  remaining_sessions: number
  reserved_sessions: number
  branch?: { id: string; name: string } | null
  customer?: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
  } | null
}

export type PackageLedgerEntry = {
  id: string
  type: string
  quantity: number
  remaining_after: number
  value: number
  session_value: number
  currency_code: string
  reason: string | null
  author_type: string
  author_id: string | null
  appointment_id: string | null
  reverses_entry_id: string | null
  created_at: string
  package_item?: { service_name: string } | null
  staff_member?: { name: string } | null
  branch?: { name: string } | null
}

export type PackageOperation = {
  id: string
  type: string
  reason: string | null
  author_type: string
  author_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type RefundQuote = {
  package_id: string
  currency_code: string
  gross_amount: number
  fee_percent: number
  fee: number
  amount: number
  items: { service_name: string; sessions: number; value: number }[]
}

/** A session reserved for an appointment's service, or what became of it. */
export type PackageReservation = {
  id: string
  appointment_item_id: string
  status: string
  package_id: string
  package_item_id: string
  source: string
  release_reason: string | null
  created_at: string
  resolved_at: string | null
  ledger_entry_id: string | null
  package?: { name: string; expires_at: string } | null
  package_item?: { service_name: string; remaining: number; reserved: number } | null
}

/** A package of the customer that could pay for a service. */
export type EligiblePackageItem = {
  package_id: string
  package_item_id: string
  name: string
  expires_at: string
  branch_scope: string
  selling_branch_id: string | null
  remaining: number
  reserved: number
  available: number
}

export type AppointmentPackageSessions = {
  appointment_id: string
  status: string
  can_change: boolean
  items: {
    appointment_item_id: string
    salon_service_id: string
    service_name: string
    reservation: PackageReservation | null
    eligible_packages: EligiblePackageItem[]
  }[]
  /** Every reservation of the appointment, oldest first. */
  reservations: PackageReservation[]
}

export type Option = { id: string; name: string }

export type List<K extends string, T> = { [key in K]: T[] } & { count: number }

export type PackageResponse = { service_package: ServicePackage }

export type Keyed<T> = T & { idempotency_key: string }

export type AppointmentPackageSessionsResponse = {
  package_reservations: AppointmentPackageSessions
}

// ----------------------------------------------------------------- responses

type Page = { offset: number; limit: number }

export type PackageTemplateListResponse = List<"package_templates", PackageTemplate> & Page
export type PackageTemplateResponse = { package_template: PackageTemplate }
export type ServicePackageListResponse = List<"service_packages", ServicePackage> & Page
export type PackageLedgerEntryListResponse = List<"ledger_entries", PackageLedgerEntry> & Page
export type PackageOperationListResponse = List<"operations", PackageOperation> & Page
export type RefundQuoteResponse = { refund: RefundQuote }
/** A movement of sessions: the package after it and the ledger entries it wrote. */
export type PackageMovementResponse = PackageResponse & { ledger_entries: PackageLedgerEntry[] }
export type PackageRefundResponse = PackageResponse & {
  refund: RefundQuote & { refund_method: string }
}
export type PackageTransferResponse = PackageResponse & { transferred_package: ServicePackage }
export type DeletePackageTemplateResponse = {
  id: string
  object: "package_template"
  deleted: true
}

/** Every package item whose stored counts differ from its ledger; none when the books balance. */
export type PackageReconciliation = {
  items_checked: number
  mismatches: {
    package_item_id: string
    package_id: string
    remaining: number
    ledger_remaining: number
    value_remaining: number
    ledger_value: number
    reserved: number
    open_reservations: number
  }[]
  balanced: boolean
}
export type PackageReconciliationResponse = { reconciliation: PackageReconciliation }

// The customer's own packages (/store/customers/me/packages).
export type StorePackageListResponse = List<"packages", ServicePackage> & Page
export type StorePackageResponse = { package: ServicePackage }
export type StorePackageEntryListResponse = List<"entries", PackageLedgerEntry> & Page
