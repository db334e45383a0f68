import type {
  ALLOCATION_METHODS,
  AUTHOR_TYPES,
  BRANCH_SCOPES,
  LEDGER_ENTRY_TYPES,
  OPERATION_TYPES,
  PACKAGE_SOURCES,
  PACKAGE_STATUSES,
  RESERVATION_STATUSES,
} from "./models"
import type { PackageReconciliation } from "../../types/service-packages/http"

export type PackageStatus = (typeof PACKAGE_STATUSES)[number]
export type PackageSource = (typeof PACKAGE_SOURCES)[number]
export type BranchScope = (typeof BRANCH_SCOPES)[number]
export type AllocationMethodType = (typeof ALLOCATION_METHODS)[number]
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]
export type OperationType = (typeof OPERATION_TYPES)[number]
export type AuthorType = (typeof AUTHOR_TYPES)[number]
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]

export const PAYMENT_METHODS = [
  "cash",
  "card",
  "wechat_pay",
  "alipay",
  "bank_transfer",
  "stored_value",
] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** Where a refund is paid out. */
export const REFUND_METHODS = [...PAYMENT_METHODS, "original_payment"] as const
export type RefundMethod = (typeof REFUND_METHODS)[number]

/** Who did it: an admin user, the customer, or a subscriber / job. */
export type Author = { author_type: AuthorType; author_id?: string | null }

/**
 * The idempotency of a value-moving call. `request` keys come from clients (header or body);
 * `system` keys are derived by subscribers and jobs (e.g. `order-line:<id>:1`). A retry with the
 * same key returns the first result; the same key with other parameters is refused (422).
 */
export type OperationKey = { idempotency_key: string; key_scope?: "request" | "system" }

export type OperationResult = {
  operation_id: string
  type: OperationType
  package_id: string
  /** False when an earlier call with the same key had already done it. */
  created: boolean
  entry_ids: string[]
  /** The package a transfer created. */
  new_package_id?: string | null
}

export type IssuePackageItemInput = {
  salon_service_id: string
  service_name: string
  sessions: number
  /** Share of the price paid, major units. */
  allocated_amount: number
}

export type IssuePackageInput = OperationKey &
  Author & {
    customer_id: string
    template_id: string | null
    name: string
    source: PackageSource
    currency_code: string
    /** Major units. */
    price_paid: number
    payment_method?: string | null
    branch_scope: BranchScope
    selling_branch_id?: string | null
    sold_by_staff_member_id?: string | null
    sold_by_user_id?: string | null
    allocation_method: AllocationMethodType
    refund_fee_percent: number
    purchased_at?: string | Date
    expires_at: string | Date
    order_id?: string | null
    order_line_item_id?: string | null
    metadata?: Record<string, unknown> | null
    items: IssuePackageItemInput[]
  }

/**
 * An open package carried over from the salon's previous system: the template's terms with each
 * service's sessions still left (`remaining`, 0 to `sessions`) and the original dates.
 */
export type MigratePackageInput = Omit<
  IssuePackageInput,
  "source" | "items" | "order_id" | "order_line_item_id"
> & {
  purchased_at: string | Date
  items: (IssuePackageItemInput & { remaining: number })[]
}

export type RedeemSessionsInput = OperationKey &
  Author & {
    package_id: string
    /** Which service (or give package_item_id). */
    salon_service_id?: string | null
    package_item_id?: string | null
    quantity?: number
    branch_id: string
    /** Who performed the service. */
    staff_member_id: string
    appointment_id?: string | null
    appointment_item_id?: string | null
    reason?: string | null
  }

export type AdjustSessionsInput = OperationKey &
  Author & {
    package_id: string
    package_item_id: string
    /** Signed: +2 adds two sessions (goodwill, no value), -1 removes one (pro-rata value). */
    quantity: number
    reason: string
    branch_id?: string | null
  }

export type ReverseEntryInput = OperationKey &
  Author & { package_id: string; entry_id: string; reason: string }

export type RefundPackageInput = OperationKey &
  Author & {
    package_id: string
    refund_method: RefundMethod
    reason?: string | null
    branch_id?: string | null
    /** The amount paid out: the refund is refused if the package changed since it was quoted. */
    expected_amount?: number
  }

export type RefundQuote = {
  package_id: string
  customer_id: string
  currency_code: string
  gross_amount: number
  fee_percent: number
  fee: number
  amount: number
  items: {
    package_item_id: string
    salon_service_id: string
    service_name: string
    sessions: number
    value: number
  }[]
}

export type TransferSessionsInput = OperationKey &
  Author & {
    package_id: string
    to_customer_id: string
    /** Default: every unreserved remaining session. */
    items?: { package_item_id: string; quantity: number }[]
    reason: string
  }

export type StatusChangeInput = OperationKey & Author & { package_id: string; reason: string }

export type ExtendPackageInput = StatusChangeInput & { expires_at: string | Date }

export type ReserveSessionInput = {
  appointment_id: string
  appointment_item_id: string
  customer_id: string
  salon_service_id: string
  branch_id: string
  /** The appointment's start: the package must still be valid then. */
  starts_at: string | Date
  /** Use this package; omitted: the soonest-expiring eligible one. */
  package_id?: string | null
  source: "auto" | "staff" | "customer"
  created_by?: string | null
}

export type ReservationDTO = {
  id: string
  package_id: string
  package_item_id: string
  customer_id: string
  appointment_id: string
  appointment_item_id: string
  salon_service_id: string
  branch_id: string
  status: ReservationStatus
  source: string
}

export type ReconciliationResult = Omit<PackageReconciliation, "balanced">

/** An item of a template as its create and update routes give it (session_value in major units). */
export type TemplateItemInput = {
  salon_service_id: string
  sessions: number
  session_value?: number | null
}

/** A package row as the service reads and locks it. */
export type PackageRow = {
  id: string
  display_id: number
  customer_id: string
  template_id: string | null
  name: string
  status: PackageStatus
  source: string
  currency_code: string
  price_paid: string
  payment_method: string | null
  branch_scope: "all_branches" | "selling_branch"
  selling_branch_id: string | null
  sold_by_staff_member_id: string | null
  allocation_method: string
  refund_fee_percent: number
  purchased_at: Date
  expires_at: Date
  frozen_at: Date | null
  frozen_reason: string | null
  expired_at: Date | null
  order_id: string | null
  order_line_item_id: string | null
}

/** A locked package item with its running balances. */
export type ItemRow = {
  id: string
  package_id: string
  position: number
  salon_service_id: string
  service_name: string
  total_sessions: number
  remaining: number
  reserved: number
  /** value_remaining in cents (converted when locked). */
  value: number
}

export type EntryRow = {
  id: string
  type: LedgerEntryType
  package_id: string
  package_item_id: string
  quantity: number
  value: string
  reverses_entry_id: string | null
  reservation_id: string | null
  operation_id: string
}

export type OperationRow = {
  id: string
  idempotency_key: string
  key_scope: "request" | "system"
  type: OperationType
  package_id: string
  customer_id: string
  fingerprint: string
  data: Record<string, unknown> | null
}

/** The operation being written: every entry carries its id, key and author. */
export type OpContext = {
  id: string
  idempotency_key: string
  author_type: Author["author_type"]
  author_id: string | null
}

/** One change of an item's balances, written as one ledger entry. */
export type Movement = {
  type: LedgerEntryType
  /** Signed sessions. */
  quantity: number
  /** Signed value in cents. */
  value: number
  /** Change of the item's reserved count in the same statement. */
  reserved_delta?: number
  branch_id?: string | null
  staff_member_id?: string | null
  appointment_id?: string | null
  appointment_item_id?: string | null
  reservation_id?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  related_package_id?: string | null
  reverses_entry_id?: string | null
  reason?: string | null
}

/** What an operation committed, for the events it stages. */
export type OperationDone = {
  operation_id: string
  package_id: string
  entry_ids: string[]
  new_package_id?: string | null
}

/** How a released reservation is announced: in full, by id only (replaced or declined), or not. */
export type ReleaseAnnouncement = "reservation" | "id" | null

export type OperationSpec = OperationKey &
  Author & {
    type: OperationType
    /** Why (manager operations); recorded on the operation. */
    reason?: string | null
    /** The parameters that define the request: the same key with others is refused. */
    params: Record<string, unknown>
  }

/** A package item a customer can use for a service at a branch, soonest-expiring first. */
export type EligiblePackageItem = {
  package_id: string
  package_item_id: string
  name: string
  expires_at: Date
  branch_scope: string
  selling_branch_id: string | null
  remaining: number
  reserved: number
  available: number
}
