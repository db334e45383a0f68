/**
 * Request and response shapes of counter sales (/admin/counter-sales) and settlement reports
 * (/admin/counter-reports). Amounts are in the currency's major unit; requests take a number or a
 * decimal string, responses give numbers. See docs/checkout.md.
 */
import type { CounterAmountInput } from "./http"

export type CounterSaleLineType = "service" | "product" | "package" | "top_up" | "tip"
export type CounterTenderKind =
  "cash" | "card" | "wechat_pay" | "alipay" | "bank_transfer" | "stored_value"
export type CounterSaleStatus = "submitting" | "completed" | "failed"

// ---- requests ---------------------------------------------------------------------------------

/** A service performed: an item of one of the client's appointments at the branch. */
export type AdminCounterServiceLineRequest = {
  type: "service"
  appointment_item_id: string
  /** Defaults to the service's list price. */
  unit_price?: CounterAmountInput
  /** Pay it with a session of this package of the client's (the line then costs zero). */
  package_id?: string
  /** Defaults to the staff member on the appointment item. */
  staff_member_id?: string
}

/** A retail product, by variant id or by SKU / barcode. */
export type AdminCounterProductLineRequest = {
  type: "product"
  variant_id?: string
  sku?: string
  barcode?: string
  quantity: number
  unit_price?: CounterAmountInput
  /** Who sold it (earns the retail commission). */
  staff_member_id?: string
}

/** A service package or a stored value top-up sold: the product variant linked to its template or plan. */
export type AdminCounterPackageLineRequest = {
  type: "package" | "top_up"
  variant_id: string
  quantity?: number
  staff_member_id?: string
}

export type AdminCounterTipLineRequest = {
  type: "tip"
  amount: CounterAmountInput
  staff_member_id: string
}

export type AdminCounterSaleLineRequest =
  | AdminCounterServiceLineRequest
  | AdminCounterProductLineRequest
  | AdminCounterPackageLineRequest
  | AdminCounterTipLineRequest

export type AdminCounterTenderRequest = {
  kind: CounterTenderKind
  amount: CounterAmountInput
  /** Cash only: what the customer handed over (≥ amount); the change is the difference. */
  tendered?: CounterAmountInput
  /** Card slip, WeChat Pay / Alipay transaction or bank reference. */
  reference?: string
}

export type AdminCreateCounterSaleRequest = {
  shift_id: string
  /** Omit for a walk-in (no stored value, packages or appointments then). */
  customer_id?: string
  lines: AdminCounterSaleLineRequest[]
  tenders: AdminCounterTenderRequest[]
  promo_codes?: string[]
  /** Taken off the order, spread over the lines; needs a reason; limited by a setting. */
  manual_discount?: { amount: CounterAmountInput; reason: string }
  /** Or the Idempotency-Key header. */
  idempotency_key?: string
}

export type AdminRefundCounterSaleRequest = {
  /** The sale lines to refund and how many units (all of each line when quantity is omitted). */
  lines: { line_id: string; quantity?: number }[]
  reason: string
  /** The staff member who authorised it. */
  staff_member_id: string
  /** The open shift whose drawer pays cash back (required when cash goes back). */
  shift_id?: string
  idempotency_key?: string
}

export type AdminVoidCounterSaleRequest = {
  reason: string
  staff_member_id: string
  shift_id?: string
  idempotency_key?: string
}

// ---- responses --------------------------------------------------------------------------------

export type AdminCounterSaleLine = {
  id: string
  refund_id: string | null
  reverses_line_id: string | null
  order_line_id: string | null
  line_type: CounterSaleLineType
  title: string
  /** Negative on a refund row. */
  quantity: number
  unit_price: number
  discount_amount: number
  /** What the customer paid for the line (after discounts, with tax); negative when refunded. */
  net_amount: number
  staff_member_id: string | null
  staff_member_name: string | null
  is_designated: boolean
  appointment_id: string | null
  appointment_item_id: string | null
  variant_id: string | null
  package_id: string | null
  package_item_id: string | null
  package_entry_id: string | null
  /** A package session: the prepaid value allocated to it. */
  session_value: number | null
  /** Units of this sale line not refunded yet (sale rows only). */
  refundable_quantity: number | null
}

export type AdminCounterTender = {
  id: string
  refund_id: string | null
  kind: CounterTenderKind
  /** Negative on a refund row. */
  amount: number
  tendered: number | null
  change: number | null
  reference: string | null
  payment_id: string | null
  payment_refund_id: string | null
  stored_value_operation_id: string | null
  principal_amount: number | null
  bonus_amount: number | null
  created_at: string
}

export type AdminCounterRefund = {
  id: string
  kind: "refund" | "void"
  status: CounterSaleStatus
  reason: string
  staff_member_id: string | null
  created_by: string
  shift_id: string | null
  amount: number
  completed_at: string | null
  created_at: string
}

export type AdminCounterSale = {
  id: string
  status: CounterSaleStatus
  channel: "counter" | "online"
  branch_id: string
  branch_name: string | null
  register_id: string | null
  shift_id: string | null
  currency_code: string
  customer_id: string | null
  /** "First Last" or the email; null for a walk-in. */
  customer_name: string | null
  order_id: string | null
  order_display_id: number | null
  total: number
  discount_total: number
  manual_discount_total: number
  manual_discount_reason: string | null
  change_given: number
  /** Sum of the tenders (sale and refund rows): what the sale has kept. */
  paid_total: number
  refunded_total: number
  created_by: string
  completed_at: string | null
  business_date: string
  created_at: string
  lines: AdminCounterSaleLine[]
  tenders: AdminCounterTender[]
  refunds: AdminCounterRefund[]
}

export type AdminCounterSaleResponse = { counter_sale: AdminCounterSale }
export type AdminCounterSaleListResponse = {
  counter_sales: AdminCounterSale[]
  count: number
  offset: number
  limit: number
}
