import type {
  CASH_ENTRY_KINDS,
  COUNTED_TENDER_KINDS,
  MANUAL_CASH_ENTRY_KINDS,
  SALE_LINE_TYPES,
  TENDER_KINDS,
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

export type CounterSaleLineType = (typeof SALE_LINE_TYPES)[number]
export type CounterTenderKind = (typeof TENDER_KINDS)[number]

/** Claims a sale's idempotency key before anything moves. */
export type ClaimCounterSaleInput = {
  idempotency_key: string
  /** A hash of the request (see lib/fingerprint): the same key with another request is refused. */
  fingerprint: string
  branch_id: string
  register_id: string
  shift_id: string
  currency_code: string
  customer_id: string | null
  created_by: string
  business_date: string
}

/** The claim: a new sale to submit, or the completed sale a replayed key points at. */
export type CounterSaleClaim = { sale_id: string; replayed: boolean }

/** A line of a completed sale (amounts canonical decimal strings). */
export type NewCounterSaleLine = {
  order_line_id: string | null
  line_type: CounterSaleLineType
  title: string
  quantity: number
  unit_price: string
  discount_amount: string
  net_amount: string
  staff_member_id: string | null
  is_designated: boolean
  appointment_id: string | null
  appointment_item_id: string | null
  variant_id: string | null
  package_id: string | null
  package_item_id: string | null
  package_entry_id: string | null
  session_value: string | null
}

/** A tender of a completed sale, matching one captured payment. */
export type NewCounterTender = {
  kind: CounterTenderKind
  amount: string
  tendered: string | null
  change: string | null
  reference: string | null
  payment_id: string | null
  stored_value_operation_id: string | null
  principal_amount: string | null
  bonus_amount: string | null
}

export type CompleteCounterSaleInput = {
  sale_id: string
  order_id: string
  order_display_id: number
  total: string
  discount_total: string
  manual_discount_total: string
  manual_discount_reason: string | null
  lines: NewCounterSaleLine[]
  tenders: NewCounterTender[]
  /** Defaults to now; set when importing past sales. */
  completed_at?: string | null
}

export type ClaimCounterRefundInput = {
  sale_id: string
  idempotency_key: string
  fingerprint: string
  kind: "refund" | "void"
  reason: string
  staff_member_id: string | null
  created_by: string
  shift_id: string | null
  branch_id: string
  business_date: string
}

export type CompleteCounterRefundInput = {
  refund_id: string
  /** Negative rows, each naming the sale line it reverses. */
  lines: (NewCounterSaleLine & { reverses_line_id: string })[]
  /** Negative rows, each with the Medusa refund of its payment. */
  tenders: (NewCounterTender & { payment_refund_id: string | null })[]
  /** The order and appointments, for the event. */
  order_id: string
  appointment_ids: string[]
}
