import type { StoredValueEventContext } from "./events"
import type { ENTRY_TYPES, OPERATION_KINDS } from "./models"
import type { SpendSplit } from "./lib/split"
import type { Knex } from "./lib/db"

export type StoredValueEntryType = (typeof ENTRY_TYPES)[number]
export type StoredValueOperationKind = (typeof OPERATION_KINDS)[number]

/** Who, where and why: recorded on every entry an operation writes. */
export type MovementContext = {
  branch_id?: string | null
  staff_member_id?: string | null
  reference_type?: string | null
  reference_id?: string | null
  payment_method?: string | null
  reason?: string | null
  created_by?: string | null
  /** What the operation's event reports where it differs from the entries (see events.ts). */
  event_context?: StoredValueEventContext
}

type Amount = string | number

export type TopUpInput = MovementContext & {
  idempotency_key: string
  customer_id: string
  currency_code: string
  principal_amount: Amount
  bonus_amount?: Amount
  bonus_expires_at?: Date | string | null
}

export type SpendInput = MovementContext & {
  idempotency_key: string
  customer_id: string
  currency_code: string
  amount: Amount
  /** Overrides the chain's split setting for this spend. */
  split?: SpendSplit
}

export type RefundInput = MovementContext & {
  idempotency_key: string
  /** The spend operation to refund. */
  operation_id: string
  /** Defaults to everything not yet refunded. */
  amount?: Amount
}

export type ReverseInput = MovementContext & {
  idempotency_key: string
  /** The operation whose effect is undone entirely. */
  operation_id: string
}

export type AdjustInput = MovementContext & {
  idempotency_key: string
  /** The account … */
  account_id?: string | null
  /** … or the member and currency (the account is opened if they have none, e.g. a goodwill credit). */
  customer_id?: string | null
  currency_code?: string | null
  principal_amount: Amount
  bonus_amount: Amount
  reason: string
  bonus_expires_at?: Date | string | null
}

/** An opening balance carried over from a previous system (principal and bonus at once). */
export type MigrationInput = MovementContext & {
  idempotency_key: string
  customer_id: string
  currency_code: string
  principal_amount: Amount
  bonus_amount: Amount
  bonus_expires_at?: Date | string | null
}

export type CloseInput = MovementContext & {
  idempotency_key: string
  account_id: string
  reason: string
}

export type StoredValueEntryDTO = {
  id: string
  type: StoredValueEntryType
  principal_amount: string
  bonus_amount: string
  principal_balance_after: string
  bonus_balance_after: string
  reverses_entry_id: string | null
}

/** What every value-moving call returns, the first time and on every replay of its key. */
export type OperationResult = {
  operation_id: string
  kind: StoredValueOperationKind
  account_id: string
  customer_id: string
  currency_code: string
  /** True when the idempotency key had been used before: nothing moved this time. */
  replayed: boolean
  entries: StoredValueEntryDTO[]
  principal_balance: string
  bonus_balance: string
  /** Sum of the entries' principal and bonus (signed). */
  principal_delta: string
  bonus_delta: string
  /** The account as the operation left it (as it is now, on a replay). */
  account: StoredValueAccountState
}

/** An account's own columns, as the write that changed it returned them. */
export type StoredValueAccountState = {
  id: string
  customer_id: string
  currency_code: string
  principal_balance: string
  bonus_balance: string
  status: "active" | "closed"
  closed_at: Date | null
  closed_reason: string | null
  closed_by: string | null
  created_at: Date
  updated_at: Date
}

export type StoredValueHoldStatus = "active" | "captured" | "released"

/** Stored value set aside for a cart in online checkout. */
export type StoredValueHoldDTO = {
  id: string
  account_id: string
  cart_id: string
  customer_id: string
  currency_code: string
  amount: string
  status: StoredValueHoldStatus
  expires_at: Date
  operation_id: string | null
  order_id: string | null
  release_reason: string | null
}

export type HoldForCartInput = {
  cart_id: string
  customer_id: string
  currency_code: string
  /** 0: only release the cart's hold. */
  amount: Amount
  /** Defaults to now + the checkout_hold_minutes option. */
  expires_at?: Date | null
}

/** What holding (or releasing) a cart's stored value did, enough to undo it. */
export type HoldForCartResult = {
  hold: StoredValueHoldDTO | null
  /** The cart's holds this call released (the one it replaced). */
  released: StoredValueHoldDTO[]
}

export type CaptureHoldInput = {
  cart_id: string
  order_id: string
  /** What the completed cart's credit lines used, if less than the hold. */
  amount?: Amount | null
}

/** An account as an operation reads it under its lock. */
export type AccountRow = {
  id: string
  customer_id: string
  currency_code: string
  principal_balance: string
  bonus_balance: string
  status: "active" | "closed"
}

/** One ledger line an operation wants to write, decided under the account lock. */
export type PlannedLine = {
  type: StoredValueEntryType
  principal: Amount
  bonus: Amount
  reverses_entry_id?: string | null
  /** A positive bonus line opens a lot with this expiry (null: never expires). */
  bonus_expires_at?: Date | null
}

/** A value-moving request, as the service's engine runs it in one transaction. */
export type OperationRequest = {
  idempotency_key: string
  kind: StoredValueOperationKind
  fingerprint: Record<string, unknown>
  target_operation_id?: string | null
  context: MovementContext
  /**
   * Finds (or, for top-ups, creates) the account; runs inside the transaction. A request that
   * finds its account by customer and currency may lock it in the same round trip instead.
   */
  account: (trx: Knex) => Promise<string | AccountRow>
  /** Decides the lines from the locked account; throws to refuse. */
  plan: (account: AccountRow, trx: Knex) => Promise<PlannedLine[]>
  /** Runs in the same transaction once the lines are written (e.g. marks a hold captured). */
  after?: (operationId: string, trx: Knex) => Promise<void>
}

/** The operation written under an idempotency key. */
export type KeyedOperation = { id: string; kind: string; fingerprint: unknown }

/** An operation with its account's currency and its entries, as refunds and reversals read it. */
export type TargetOperation = {
  id: string
  kind: StoredValueOperationKind
  account_id: string
  currency_code: string
  entry_ids: string[]
}

/** Signed sums of ledger amounts. */
export type LedgerSums = { principal: string; bonus: string }

export type StoredValueHoldRow = {
  id: string
  account_id: string
  cart_id: string
  customer_id: string
  currency_code: string
  amount: string
  status: StoredValueHoldStatus
  expires_at: Date
  operation_id: string | null
  order_id: string | null
  release_reason: string | null
}

export type ReconcileMismatch = {
  account_id: string
  field: string
  stored: string
  ledger: string
}

export type ReconcileResult = { accounts_checked: number; mismatches: ReconcileMismatch[] }

/** An operation found by reference, with what refunds and reversals have given back of it. */
export type OperationByReference = {
  operation_id: string
  account_id: string
  customer_id: string
  currency_code: string
  principal: string
  bonus: string
  undone_principal: string
  undone_bonus: string
}

export type StoredValueEntryExportFilters = {
  account_id?: string
  customer_id?: string
  branch_id?: string
  staff_member_id?: string
  type?: string[]
  currency_code?: string
  reference_type?: string
  reference_id?: string
  from?: string
  to?: string
}

/** Where an export page starts: after this entry (its created_at to the microsecond). */
export type StoredValueExportCursor = { cursor_at: string; id: string }
