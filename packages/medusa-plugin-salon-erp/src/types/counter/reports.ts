/**
 * Response shapes of the settlement reports (/admin/counter-reports): the Z report of a shift,
 * a branch's (or the chain's) day and month. Amounts are numbers in the currency's major unit.
 * Refunds are given as positive amounts paid back; `net` = sales − refunds. See docs/checkout.md.
 */
import type { AdminCounterShiftTotals } from "./http"
import type { CounterSaleLineType, CounterTenderKind } from "./sales"

export type CounterSaleChannel = "counter" | "online"
export type CounterReportKind = "shift" | "day" | "month"

/** Money taken by sales, paid back by refunds (positive), and what was kept. */
export type AdminSettlementSplit = { sales: number; refunds: number; net: number }

export type AdminSettlementTender = AdminSettlementSplit & {
  kind: CounterTenderKind
  /** How many payments (tender rows of sales) and refund payments. */
  payments: number
  refund_payments: number
}

export type AdminSettlementLineType = {
  line_type: CounterSaleLineType
  sold_quantity: number
  sold_amount: number
  /** Positive: units and money given back by refunds. */
  refunded_quantity: number
  refunded_amount: number
  net_quantity: number
  net_amount: number
  /** Promotions and manual discounts on the lines, net of refunds. */
  discount: number
}

export type AdminSettlementStaff = {
  /** Null: lines without a staff member. */
  staff_member_id: string | null
  /** "Unassigned" for null, "Unknown staff member" for one since deleted. */
  staff_name: string
  services_count: number
  /** What clients paid for the services (package sessions cost them nothing here). */
  services_amount: number
  sessions_redeemed: number
  /** The prepaid value of the sessions redeemed. */
  session_value: number
  retail_quantity: number
  retail_amount: number
  /** Packages and stored value top-ups sold. */
  prepaid_amount: number
  tips_amount: number
  total_amount: number
}

export type AdminSettlementChannel = {
  channel: CounterSaleChannel
  sales_count: number
  sales_total: number
  takings: AdminSettlementSplit
}

export type AdminSettlementDay = {
  business_date: string
  sales_count: number
  takings: AdminSettlementSplit
}

export type AdminSettlementBranch = {
  branch_id: string
  branch_name: string
  sales_count: number
  sales_total: number
  takings: AdminSettlementSplit
}

export type AdminSettlementReport = {
  kind: CounterReportKind
  /** Inclusive business days covered (a shift: the days its rows fall on, or null when none). */
  from_date: string | null
  to_date: string | null
  /** "2026-12" for a month. */
  month: string | null
  /** Null: the whole chain. */
  branch_id: string | null
  branch_name: string | null
  /** The report's currency (null when nothing was sold); see `currency_codes` for a mixed chain. */
  currency_code: string | null
  currency_codes: string[]
  generated_at: string
  sales: { count: number; total: number; customers: number; change_given: number }
  /** Every tender kind, in a fixed order. */
  tenders: AdminSettlementTender[]
  /** All tenders: the grand total. */
  takings: AdminSettlementSplit
  /** Every line kind, in a fixed order. */
  line_types: AdminSettlementLineType[]
  /** Highest total first. */
  staff: AdminSettlementStaff[]
  discounts: { total: number; promotions: number; manual: number; sales_with_manual: number }
  refunds: {
    /** Refunds and voids completed, of which voids. */
    count: number
    voids: number
    /** Their recorded amounts. */
    amount: number
    /** Money paid back through tenders (= takings.refunds). */
    tendered: number
  }
  stored_value: {
    /** Top-ups sold, net of refunds. */
    sold_quantity: number
    sold_amount: number
    /** Balance spent as a tender, net of refunds; principal and bonus apart. */
    spent_amount: number
    spent_principal: number
    spent_bonus: number
  }
  package_sessions: {
    sold_quantity: number
    sold_amount: number
    /** Services paid by a package session, and the prepaid value of those sessions. */
    redeemed_count: number
    redeemed_value: number
  }
  channels: AdminSettlementChannel[]
  /** Every day of the period (a day or month), for the chart. */
  days: AdminSettlementDay[]
  /** Per branch; one entry for a branch's report. */
  branches: AdminSettlementBranch[]
  /** Sales' totals against their payments: a difference other than 0 needs a look. */
  check: { sales_total: number; sale_tenders: number; difference: number }
}

/** The shift a Z report is of, with its drawer's cash figures (see AdminCounterShiftTotals). */
export type AdminZReportShift = {
  id: string
  status: "open" | "closed"
  register_id: string
  register_name: string
  branch_id: string
  branch_name: string
  currency_code: string
  opened_at: string
  opened_by: string
  closed_at: string | null
  closed_by: string | null
  counted_cash: number | null
  cash_difference: number | null
  counted_tenders: Partial<Record<CounterTenderKind, number>> | null
  totals: AdminCounterShiftTotals
}

export type AdminSettlementReportResponse = { settlement_report: AdminSettlementReport }
export type AdminZReportResponse = {
  settlement_report: AdminSettlementReport
  counter_shift: AdminZReportShift
}

/** Query of GET /admin/counter-reports/daily. */
export type AdminDailySettlementParams = { date: string; branch_id?: string }
/** Query of GET /admin/counter-reports/monthly. */
export type AdminMonthlySettlementParams = { month: string; branch_id?: string }
