/**
 * Request and response shapes of the counter admin API (/admin/counter-registers and
 * /admin/counter-shifts). Amounts are in the currency's major unit; requests take a number or a
 * decimal string, responses give numbers. See docs/checkout.md.
 */

export type CounterAmountInput = number | string

export type CounterShiftStatus = "open" | "closed"
export type CounterCashEntryKind =
  "opening_float" | "paid_in" | "paid_out" | "correction" | "sale" | "refund"
export type CounterCountedTenderKind = "card" | "wechat_pay" | "alipay" | "bank_transfer"

// ---- requests ---------------------------------------------------------------------------------

export type AdminCreateCounterRegisterRequest = {
  branch_id: string
  name: string
  /** Unique per branch among registers not deleted. */
  code: string
  currency_code: string
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export type AdminUpdateCounterRegisterRequest = {
  name?: string
  code?: string
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export type AdminOpenCounterShiftRequest = {
  /** Zero or more, at most the currency's decimals. */
  opening_float: CounterAmountInput
  /** Or the Idempotency-Key header. */
  idempotency_key?: string
}

export type AdminRecordCounterCashEntryRequest = {
  kind: "paid_in" | "paid_out"
  /** More than zero: the kind gives the direction. */
  amount: CounterAmountInput
  /** 1 to 500 characters. */
  reason: string
  idempotency_key?: string
}

export type AdminCloseCounterShiftRequest = {
  counted_cash: CounterAmountInput
  counted_tenders?: Partial<Record<CounterCountedTenderKind, CounterAmountInput>> | null
  closing_note?: string | null
}

export type AdminRecordCounterShiftCorrectionRequest = {
  /** Signed and not zero: + adds to the cash the drawer should have held, − removes. */
  amount: CounterAmountInput
  reason: string
  idempotency_key?: string
}

// ---- responses --------------------------------------------------------------------------------

export type AdminCounterRegister = {
  id: string
  branch_id: string
  name: string
  code: string
  currency_code: string
  is_active: boolean
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}

export type AdminCounterCashEntry = {
  id: string
  shift_id: string
  kind: CounterCashEntryKind
  /** Signed: into the drawer positive, out negative. */
  amount: number
  reason: string | null
  created_by: string
  created_at: string
}

/** A shift's cash figures; each kind's total is the signed sum of its entries. */
export type AdminCounterShiftTotals = {
  opening_float: number
  paid_in: number
  paid_out: number
  sales: number
  refunds: number
  /** Open: the cash the drawer should hold now. Closed: the expected cash frozen at close. */
  expected_cash: number
  /** Corrections recorded after close (signed sum). */
  corrections: number
  /** Closed only: expected_cash + corrections. */
  corrected_expected_cash: number | null
  /** Closed only: counted_cash − corrected_expected_cash. */
  corrected_cash_difference: number | null
  entry_count: number
}

export type AdminCounterShift = {
  id: string
  register_id: string
  branch_id: string
  currency_code: string
  status: CounterShiftStatus
  opened_by: string
  opened_at: string
  opening_float: number
  closed_by: string | null
  closed_at: string | null
  counted_cash: number | null
  expected_cash: number | null
  cash_difference: number | null
  counted_tenders: Partial<Record<CounterCountedTenderKind, number>> | null
  closing_note: string | null
  created_at: string
  updated_at: string
  totals: AdminCounterShiftTotals
}

export type AdminCounterShiftDetail = AdminCounterShift & {
  /** Every entry of the shift, oldest first. */
  cash_entries: AdminCounterCashEntry[]
  /** The corrections among them, recorded after close. */
  corrections: AdminCounterCashEntry[]
}

export type AdminCounterRegisterResponse = { counter_register: AdminCounterRegister }
export type AdminCounterRegisterListResponse = {
  counter_registers: AdminCounterRegister[]
  count: number
  offset: number
  limit: number
}
export type AdminCounterRegisterDeleteResponse = {
  id: string
  object: "counter_register"
  deleted: true
}

export type AdminCounterShiftResponse = { counter_shift: AdminCounterShiftDetail }
export type AdminCounterShiftListResponse = {
  counter_shifts: AdminCounterShift[]
  count: number
  offset: number
  limit: number
}
/** A cash entry or correction, with the shift as it is after it. */
export type AdminCounterCashEntryResponse = {
  counter_cash_entry: AdminCounterCashEntry
  counter_shift: AdminCounterShiftDetail
}
