/** Shapes of the stored value admin API (docs/stored-value.md), as the dashboard reads them. */
import type { ListParams, ListResponse } from "../booking/http"

/**
 * A money amount as the API sends it: a number from `query.graph` reads, a decimal string
 * ("1200.50") in operation results. Always in the currency's major unit.
 */
export type Amount = number | string

export const ENTRY_TYPES = [
  "top_up_principal",
  "top_up_bonus",
  "spend",
  "refund",
  "reversal",
  "expiry",
  "adjustment",
  "closure",
  "migration",
] as const
export type StoredValueEntryType = (typeof ENTRY_TYPES)[number]

export const OPERATION_KINDS = [
  "top_up",
  "spend",
  "refund",
  "reversal",
  "adjustment",
  "expiry",
  "closure",
  "migration",
] as const
export type StoredValueOperationKind = (typeof OPERATION_KINDS)[number]

export const PAYMENT_METHODS = ["cash", "card", "wechat_pay", "alipay", "bank_transfer"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** What a counter spend is for. */
export const SPEND_REFERENCE_TYPES = [
  "sale",
  "appointment",
  "service_package",
  "order",
  "other",
] as const
export type SpendReferenceType = (typeof SPEND_REFERENCE_TYPES)[number]

// ------------------------------------------------------------------ accounts

export type BonusLot = {
  id: string
  amount: Amount
  expires_at: string | null
  expired_at: string | null
  expired_amount: Amount | null
  created_at: string
}

export type StoredValueAccount = {
  id: string
  customer_id: string
  currency_code: string
  principal_balance: Amount
  bonus_balance: Amount
  status: "active" | "closed"
  closed_at: string | null
  closed_reason: string | null
  closed_by: string | null
  created_at: string
  updated_at: string
  bonus_lots?: (BonusLot | null)[]
  customer?: {
    id: string
    email: string | null
    first_name: string | null
    last_name: string | null
  } | null
}

export type StoredValueAccountListParams = ListParams & {
  customer_id?: string
  currency_code?: string
  status?: "active" | "closed"
}

export type StoredValueAccountResponse = { stored_value_account: StoredValueAccount }
export type StoredValueAccountListResponse = ListResponse & {
  stored_value_accounts: StoredValueAccount[]
}

// ------------------------------------------------------------------- entries

export type StoredValueEntry = {
  id: string
  sequence: number
  type: StoredValueEntryType
  principal_amount: Amount
  bonus_amount: Amount
  principal_balance_after: Amount
  bonus_balance_after: Amount
  currency_code: string
  customer_id: string
  branch_id: string | null
  staff_member_id: string | null
  reference_type: string | null
  reference_id: string | null
  payment_method: string | null
  reason: string | null
  created_by: string | null
  reverses_entry_id: string | null
  operation_id: string
  account_id: string
  created_at: string
  /** Only when asked for with `fields=+account.customer.…`. */
  account?: {
    customer?: {
      id: string
      email: string | null
      first_name: string | null
      last_name: string | null
    } | null
  } | null
}

/** Filters of the ledger list and its CSV export. */
export type StoredValueEntryFilters = {
  account_id?: string
  customer_id?: string
  branch_id?: string
  staff_member_id?: string
  /** One type or several, comma-separated. */
  type?: string
  currency_code?: string
  reference_type?: string
  reference_id?: string
  /** ISO instants: `from` inclusive, `to` exclusive (created_at). */
  from?: string
  to?: string
}

export type StoredValueEntryListParams = ListParams & StoredValueEntryFilters

export type StoredValueEntryListResponse = ListResponse & {
  stored_value_entries: StoredValueEntry[]
}

// ---------------------------------------------------------------- operations

/** One ledger line as a value-moving call returns it (amounts as decimal strings). */
export type OperationEntry = {
  id: string
  type: StoredValueEntryType
  principal_amount: string
  bonus_amount: string
  principal_balance_after: string
  bonus_balance_after: string
  reverses_entry_id: string | null
}

export type StoredValueOperation = {
  operation_id: string
  kind: StoredValueOperationKind
  account_id: string
  customer_id: string
  currency_code: string
  /** True when the idempotency key had been used before: nothing moved this time. */
  replayed: boolean
  entries: OperationEntry[]
  principal_balance: string
  bonus_balance: string
  principal_delta: string
  bonus_delta: string
}

export type StoredValueOperationResponse = {
  operation: StoredValueOperation
  stored_value_account: StoredValueAccount
}

/** Every value-moving call is sent with this key as its `Idempotency-Key` header. */
type Keyed = {
  /** Generated once per dialog opening: a double click or a retry moves nothing twice. */
  idempotency_key: string
}

export type TopUpPayload = Keyed & {
  customer_id: string
  currency_code: string
  payment_method: PaymentMethod
  branch_id?: string | null
  staff_member_id?: string | null
  note?: string | null
} & (
    | { plan_id: string }
    | {
        principal_amount: string
        bonus_amount?: string
        bonus_validity_days?: number | null
      }
  )

export type SpendPayload = Keyed & {
  customer_id: string
  currency_code: string
  amount: string
  branch_id?: string | null
  staff_member_id?: string | null
  reference_type?: SpendReferenceType
  reference_id?: string | null
  note?: string | null
}

export type RefundOperationPayload = Keyed & {
  operation_id: string
  /** Omitted: all that is left of the spend. */
  amount?: string
  reason: string
}

export type ReverseOperationPayload = Keyed & { operation_id: string; reason: string }

export type AdjustAccountPayload = Keyed & {
  account_id: string
  /** Signed. */
  principal_amount: string
  /** Signed. */
  bonus_amount: string
  reason: string
  bonus_validity_days?: number | null
}

export type CloseAccountPayload = Keyed & {
  account_id: string
  reason: string
  refund_method?: PaymentMethod
}

export type OrderStoredValueRefundPayload = Keyed & {
  /** Omitted: everything the order paid with stored value that is not refunded yet. */
  amount?: string
  reason?: string | null
}

// ------------------------------------------------------------ reconciliation

export type ReconciliationMismatch = {
  account_id: string
  field: string
  stored: string
  ledger: string
}

export type ReconciliationResponse = {
  reconciliation: {
    balanced: boolean
    accounts_checked: number
    mismatches: ReconciliationMismatch[]
    checked_at: string
  }
}

// ------------------------------------------------------------ recharge plans

export type BonusType = "fixed" | "percent"

export type RechargePlan = {
  id: string
  name: string
  description: string | null
  currency_code: string
  pay_amount: Amount
  bonus_type: BonusType
  bonus_value: Amount
  /** Days the bonus stays valid after a top-up; null: it never expires. */
  bonus_validity_days: number | null
  starts_at: string | null
  ends_at: string | null
  is_active: boolean
  variant_id: string
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  product_variant?: {
    id: string
    product_id: string
    product?: {
      id: string
      title?: string
      sales_channels?: ({ id: string; name: string } | null)[]
    } | null
  } | null
}

export type RechargePlanListParams = ListParams & {
  currency_code?: string
  is_active?: boolean
}

/** Terms that apply to future top-ups (pay amount and currency are the product's price). */
export type UpdateRechargePlanPayload = {
  name?: string
  description?: string | null
  bonus_type?: BonusType
  bonus_value?: number
  bonus_validity_days?: number | null
  starts_at?: string | null
  ends_at?: string | null
  is_active?: boolean
}

export type CreateRechargePlanPayload = UpdateRechargePlanPayload & {
  name: string
  currency_code: string
  pay_amount: number
  sales_channel_ids?: string[]
}

export type RechargePlanResponse = { recharge_plan: RechargePlan }
export type RechargePlanListResponse = ListResponse & { recharge_plans: RechargePlan[] }
