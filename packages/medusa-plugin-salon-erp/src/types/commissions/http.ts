/**
 * Shapes of the commission admin API (src/api/admin/commission-*, staff-performance), as the
 * dashboard reads them. Amounts are in the currency's major unit: numbers from list reads,
 * decimal strings from statements and reports.
 */
import type { Amount } from "../stored-value/http"
import type { ListParams, ListResponse, StaffLevel } from "../booking/http"

export type { DeleteResponse } from "../booking/http"

export const COMMISSION_KINDS = [
  "service_performed",
  "product_sold",
  "package_sold",
  "package_session_redeemed",
  "top_up_sold",
] as const
export type CommissionKind = (typeof COMMISSION_KINDS)[number]

/** Entries also hold retroactive tier settlements written when a month closes. */
export type CommissionEntryKind = CommissionKind | "tier_settlement"

export const RULE_TARGET_TYPES = [
  "product",
  "product_variant",
  "salon_service",
  "package_template",
  "recharge_plan",
] as const
export type RuleTargetType = (typeof RULE_TARGET_TYPES)[number]

/** What a rule of each kind can target (the API refuses other pairs). */
export const TARGETS_BY_KIND: Record<CommissionKind, RuleTargetType[]> = {
  service_performed: ["salon_service", "product", "product_variant"],
  product_sold: ["product", "product_variant"],
  package_sold: ["package_template"],
  package_session_redeemed: ["salon_service", "package_template"],
  top_up_sold: ["recharge_plan"],
}

export type RateType = "percent" | "fixed"
export const TIER_MODES = ["none", "progressive", "retroactive"] as const
export type TierMode = (typeof TIER_MODES)[number]

export type CommissionTier = { threshold: number; rate: number }

// --------------------------------------------------------------------- rules

export type CommissionRule = {
  id: string
  name: string
  kind: CommissionKind
  /** Null: headquarters' rule for every branch. */
  branch_id: string | null
  staff_member_id: string | null
  target_type: RuleTargetType | null
  target_id: string | null
  /** A product category id, or a salon service category ("facial"). */
  category: string | null
  staff_level: StaffLevel | null
  rate_type: RateType
  rate: Amount
  designated_multiplier: number
  tier_mode: TierMode
  tiers: CommissionTier[] | null
  is_active: boolean
  created_at: string
  updated_at: string
}

export type CommissionRuleListParams = ListParams & {
  /** One kind or several, comma-separated. */
  kind?: string
  branch_id?: string
  staff_member_id?: string
  is_active?: boolean
}

export type CommissionRulePayload = {
  name?: string
  branch_id?: string | null
  staff_member_id?: string | null
  target_type?: RuleTargetType | null
  target_id?: string | null
  category?: string | null
  staff_level?: StaffLevel | null
  rate_type?: RateType
  rate?: number
  designated_multiplier?: number
  tier_mode?: TierMode
  tiers?: CommissionTier[] | null
  is_active?: boolean
}

export type CreateCommissionRulePayload = CommissionRulePayload & {
  name: string
  kind: CommissionKind
  rate: number
}

export type CommissionRuleResponse = { commission_rule: CommissionRule }
export type CommissionRuleListResponse = ListResponse & { commission_rules: CommissionRule[] }

// ------------------------------------------------------------------- entries

export const COMMISSION_SOURCE_TYPES = [
  "appointment",
  "order",
  "stored_value_top_up",
  "service_package",
  "package_redemption",
] as const
export type CommissionSourceType = (typeof COMMISSION_SOURCE_TYPES)[number]

export type CommissionRole = "labour" | "sales"

export type CommissionEntry = {
  id: string
  /** "YYYY-MM": the month it counts in. */
  period: string
  staff_member_id: string
  branch_id: string | null
  customer_id: string | null
  kind: CommissionEntryKind
  role: CommissionRole
  source_type: CommissionSourceType | "commission_period"
  source_id: string
  source_line_id: string
  currency_code: string
  /** This staff member's part of what the customer paid (negative in a reversal). */
  base: Amount
  /** Percent of the line this staff member earned. */
  share: Amount
  quantity: number
  rule_id: string | null
  rate_type: RateType | null
  rate: Amount | null
  multiplier: number
  is_designated: boolean
  /** Signed: reversals are negative. */
  amount: Amount
  /** A person-readable account of the calculation. */
  explanation: string
  reverses_entry_id: string | null
  occurred_at: string
  created_at: string
}

/** Filters shared by the entry list and its CSV export. */
export type CommissionEntryFilters = {
  period?: string
  /** One id or several, comma-separated. */
  staff_member_id?: string
  branch_id?: string
  kind?: string
  source_type?: CommissionSourceType
  source_id?: string
  customer_id?: string
  occurred_from?: string
  occurred_to?: string
}

export type CommissionEntryListParams = ListParams & CommissionEntryFilters

export type CommissionEntryListResponse = ListResponse & { commission_entries: CommissionEntry[] }

// ---------------------------------------------------------------- statements

export type PeriodStatus = "open" | "closed"

export type KindTotals = { base: string; amount: string; entries: number }

export type TierReached = {
  rule_id: string
  rule_name: string
  kind: CommissionKind
  /** The staff member's base of that kind this month. */
  performance: string
  /** The highest threshold reached; null when still on the base rate. */
  threshold: number | string | null
  rate: number | string
}

export type CommissionStatement = {
  staff_member_id: string
  staff_member: { id: string; name: string; level: StaffLevel } | null
  currency_code: string
  total_amount: string
  total_base: string
  entries: number
  reversals: number
  by_kind: Partial<Record<CommissionEntryKind, KindTotals>>
  tiers_reached: TierReached[]
}

export type CommissionStatementParams = {
  period: string
  branch_id?: string
  staff_member_id?: string
}

export type CommissionStatements = {
  period: string
  status: PeriodStatus
  closed_at: string | null
  closed_by: string | null
  statements: CommissionStatement[]
}

export type CommissionStatementsResponse = { commission_statements: CommissionStatements }

// ------------------------------------------------------------------- periods

export type CommissionPeriod = {
  period: string
  status: PeriodStatus
  closed_at: string | null
  closed_by: string | null
  entries: number
  staff_members: number
  total_amount: string
}

export type CommissionPeriodListResponse = { commission_periods: CommissionPeriod[] }

export type CloseCommissionPeriodResponse = {
  commission_period: CommissionPeriod & { settlements: number }
}

// -------------------------------------------------------------- attribution

export type AttributionEarner = { staff_member_id: string; share: number; base: Amount }

export type AttributionLine = {
  source_line_id: string
  role: CommissionRole
  label: string
  occurred_at: string
  period: string
  period_status: PeriodStatus
  /** True while nobody has set who earns it (the performer, the recorded seller, or nobody). */
  is_default: boolean
  set_by: string | null
  earners: AttributionEarner[]
}

export type CommissionAttribution = {
  source_type: CommissionSourceType
  source_id: string
  lines: AttributionLine[]
}

export type CommissionAttributionResponse = { commission_attribution: CommissionAttribution }

export type CommissionSource = { source_type: CommissionSourceType; source_id: string }

/** The synced source and the entries the sync wrote (none when they were already right). */
export type SyncCommissionSourceResponse = CommissionSource & { entry_ids: string[] }

export type SetCommissionAttributionPayload = CommissionSource & {
  source_line_id: string
  role: CommissionRole
  /** Percents summing to 100; empty restores the default. */
  shares: { staff_member_id: string; share: number }[]
}

// ------------------------------------------------------------ performance

export const PERFORMANCE_RANKS = [
  "commission",
  "sales",
  "services_performed",
  "customers_served",
] as const
export type PerformanceRank = (typeof PERFORMANCE_RANKS)[number]

export type StaffPerformanceParams = {
  /** Local dates "YYYY-MM-DD", both inclusive, in the chain's time zone. */
  from: string
  to: string
  branch_id?: string
  rank_by?: PerformanceRank
}

export type StaffPerformanceRow = {
  rank: number
  staff_member_id: string
  staff_member: { id?: string; name: string; level: StaffLevel } | null
  branch_id: string | null
  services_performed: number
  customers_served: number
  designated_services: number
  /** Percent of services the customer asked for this staff member. */
  designated_rate: number
  service_minutes: number
  service_value: string
  sales: string
  commission: string
}

export type StaffPerformance = {
  from: string
  to: string
  branch_id: string | null
  rank_by: PerformanceRank
  rows: StaffPerformanceRow[]
}

export type StaffPerformanceResponse = { staff_performance: StaffPerformance }
