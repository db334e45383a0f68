import type {
  CASH_ENTRY_KINDS,
  COUNTED_TENDER_KINDS,
  MANUAL_CASH_ENTRY_KINDS,
  SHIFT_STATUSES,
} from "./lib/constants"

export type CounterShiftStatus = (typeof SHIFT_STATUSES)[number]
export type CounterCashEntryKind = (typeof CASH_ENTRY_KINDS)[number]
export type ManualCashEntryKind = (typeof MANUAL_CASH_ENTRY_KINDS)[number]
export type CountedTenderKind = (typeof COUNTED_TENDER_KINDS)[number]

/** An amount as given: a number or a decimal string. */
export type MoneyInput = string | number

/** Counted totals of non-cash tenders, by kind. */
export type CountedTenders = Partial<Record<CountedTenderKind, number>>

export type CounterRegisterRow = {
  id: string
  branch_id: string
  name: string
  code: string
  currency_code: string
  is_active: boolean
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export type CounterShiftRow = {
  id: string
  register_id: string
  branch_id: string
  currency_code: string
  status: CounterShiftStatus
  opened_by: string
  opened_at: Date
  opening_float: string
  closed_by: string | null
  closed_at: Date | null
  counted_cash: string | null
  expected_cash: string | null
  cash_difference: string | null
  counted_tenders: CountedTenders | null
  closing_note: string | null
}

export type CounterCashEntryRow = {
  id: string
  shift_id: string
  kind: CounterCashEntryKind
  amount: string
  reason: string | null
  created_by: string
  idempotency_key: string
  created_at: Date
}

export type CreateCounterRegisterInput = {
  branch_id: string
  name: string
  code: string
  currency_code: string
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export type UpdateCounterRegisterInput = {
  id: string
  name?: string
  code?: string
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export type OpenCounterShiftInput = {
  register_id: string
  opening_float: MoneyInput
  opened_by: string
  idempotency_key: string
}

export type RecordCounterCashEntryInput = {
  shift_id: string
  kind: ManualCashEntryKind
  /** Positive: the kind says the direction. */
  amount: MoneyInput
  reason: string
  created_by: string
  idempotency_key: string
}

export type CloseCounterShiftInput = {
  shift_id: string
  counted_cash: MoneyInput
  counted_tenders?: Partial<Record<CountedTenderKind, MoneyInput>> | null
  closing_note?: string | null
  closed_by: string
}

export type RecordCounterShiftCorrectionInput = {
  shift_id: string
  /** Signed, non-zero: positive adds to the cash the drawer should have held, negative removes. */
  amount: MoneyInput
  reason: string
  created_by: string
  idempotency_key: string
}

/** What a keyed write returns: `replayed` when the key had already been used for this request. */
export type CounterShiftResult = { shift_id: string; replayed: boolean }
export type CounterCashEntryResult = { shift_id: string; entry_id: string; replayed: boolean }

/** A shift's cash figures, from one SQL aggregate over its entries. Amounts are decimal strings. */
export type CounterShiftTotals = {
  opening_float: string
  paid_in: string
  paid_out: string
  sales: string
  refunds: string
  /** The sum of the entries recorded while the shift was open (all but corrections). */
  expected_cash: string
  corrections: string
  /** For a closed shift: the frozen expected cash plus the corrections recorded after close. */
  corrected_expected_cash: string | null
  /** For a closed shift: counted_cash − corrected_expected_cash. */
  corrected_cash_difference: string | null
  entry_count: number
}
