import type { CounterSaleLineType, CounterTenderKind } from "../../modules/counter/types"

/** A line of a sale request, as the route validated it. */
export type CounterSaleLineInput =
  | {
      type: "service"
      appointment_item_id: string
      unit_price?: number | string
      package_id?: string
      staff_member_id?: string
    }
  | {
      type: "product"
      variant_id?: string
      sku?: string
      barcode?: string
      quantity: number
      unit_price?: number | string
      staff_member_id?: string
    }
  | { type: "package" | "top_up"; variant_id: string; quantity?: number; staff_member_id?: string }
  | { type: "tip"; amount: number | string; staff_member_id: string }

export type CounterTenderInput = {
  kind: CounterTenderKind
  amount: number | string
  tendered?: number | string
  reference?: string
}

export type SubmitCounterSaleInput = {
  idempotency_key: string
  shift_id: string
  customer_id?: string | null
  lines: CounterSaleLineInput[]
  tenders: CounterTenderInput[]
  promo_codes?: string[]
  manual_discount?: { amount: number | string; reason: string } | null
  /** The admin user ringing the sale up. */
  created_by: string
  /**
   * When the sale happened, for importing past sales (demo data, a migration): its business day
   * and completion time. Not taken from HTTP requests: a sale at the counter happens now.
   */
  sold_at?: string | null
}

/** How a service line is paid from a package. */
export type PackageCoverage =
  | { mode: "redeemed"; package_id: string; package_item_id: string; entry_id: string }
  | { mode: "reservation"; package_id: string; package_item_id: string; reservation_id: string }
  | { mode: "redeem"; package_id: string; salon_service_id: string }

/** A line as the sale will record it, before the order gives it an id and totals. */
export type PlannedLine = {
  /** Position in the request: the order line carries it in metadata.counter_line. */
  position: number
  line_type: CounterSaleLineType
  title: string
  quantity: number
  /** Canonical decimal; the price charged per unit before discounts. */
  unit_price: string
  variant_id: string | null
  staff_member_id: string | null
  is_designated: boolean
  appointment_id: string | null
  appointment_item_id: string | null
  salon_service_id: string | null
  coverage: PackageCoverage | null
  /** Stock to reserve at the branch: one per managed inventory item of the variant. */
  inventory: { inventory_item_id: string; quantity: number; allow_backorder: boolean }[]
}

/** A tender as it will be captured: amount, cash handed over and change, canonical decimals. */
export type PlannedTender = {
  kind: CounterTenderKind
  amount: string
  tendered: string | null
  change: string | null
  reference: string | null
}

/** Everything the sale workflow needs, read and checked before anything is written. */
export type CounterSalePlan = {
  sale_id: string
  shift_id: string
  register_id: string
  register_code: string
  branch_id: string
  branch_name: string
  currency_code: string
  region_id: string
  sales_channel_id: string
  stock_location_id: string
  shipping_option_id: string
  customer_id: string | null
  email: string | null
  lines: PlannedLine[]
  tenders: PlannedTender[]
  promo_codes: string[]
  manual_discount: { amount: string; reason: string } | null
  /** The chain's limit on manual discounts, in percent of the sale before discounts. */
  max_manual_discount_percent: number
  created_by: string
  sold_at: string | null
}
