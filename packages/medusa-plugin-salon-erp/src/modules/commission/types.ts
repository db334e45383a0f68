import type { CommissionKind } from "./lib/calculate"

export type CommissionRole = "labour" | "sales"
export type PeriodStatus = "open" | "closed"

/** What earned commissions: an appointment, an order, a package sale … */
export type CommissionSource = { source_type: string; source_id: string }

export type SyncResult = { written: number; entry_ids: string[] }

export type AttributionTarget = {
  source_type: string
  source_id: string
  source_line_id: string
  role: CommissionRole
}
export type AttributionShare = { staff_member_id: string; share: number }

/** Who earns a line in a role, as staff set it (no shares: back to the default earner). */
export type AttributionChange = {
  target: AttributionTarget
  shares: AttributionShare[]
  set_by: string | null
}

export type PeriodSummary = {
  period: string
  status: PeriodStatus
  closed_at: Date | null
  closed_by: string | null
  entries: number
  staff_members: number
  total_amount: string
}

export type PeriodRow = Pick<PeriodSummary, "period" | "status" | "closed_at" | "closed_by">

export type ExportFilter = {
  period?: string
  staff_member_id?: string[]
  branch_id?: string[]
  kind?: string[]
  source_type?: string
  source_id?: string
  customer_id?: string
  occurred_from?: string
  occurred_to?: string
}

/** Where an export page starts: after the entry written last on the previous page. */
export type ExportCursor = { cursor_at: string; id: string }

export type StatementFilter = { period: string; staff_member_id?: string; branch_id?: string }

/** Sums of one staff member's entries of one kind in a period. */
export type StatementRow = {
  staff_member_id: string
  currency_code: string
  kind: string
  entries: number
  reversals: number
  base: string
  amount: string
}

export type StaffStatement = {
  staff_member_id: string
  currency_code: string
  total_amount: string
  total_base: string
  entries: number
  reversals: number
  by_kind: Record<string, { base: string; amount: string; entries: number }>
}

/** What a source line earned a staff member so far, net of reversals. */
export type NetRow = {
  source_line_id: string
  staff_member_id: string
  role: CommissionRole
  kind: string
  base: string
  amount: string
  last_entry_id: string
}

/** The terms of an entry in force, which its reversal repeats. */
export type ReversedTerms = {
  branch_id: string | null
  customer_id: string | null
  currency_code: string
  share: string
  quantity: number
  is_designated: boolean
  rule_id: string | null
  rate_type: "percent" | "fixed" | null
  rate: string | null
  multiplier: number
}

/** A commission_entry row as stored (numeric columns read as strings). */
export type CommissionEntryRow = ReversedTerms & {
  id: string
  period: string
  staff_member_id: string
  kind: CommissionKind | "tier_settlement"
  role: CommissionRole
  source_type: string
  source_id: string
  source_line_id: string
  base: string
  amount: string
  explanation: string
  reverses_entry_id: string | null
  occurred_at: Date
  [column: string]: unknown
}

/** A commission_entry row to insert (with its raw_ money twins). */
export type NewCommissionEntry = Record<string, unknown> & { id: string }

/** An entry a retroactive tier settlement looks at. */
export type RuleEntry = {
  staff_member_id: string
  base: string
  rate: string | null
  multiplier: number
  currency_code: string
  branch_id: string | null
}
