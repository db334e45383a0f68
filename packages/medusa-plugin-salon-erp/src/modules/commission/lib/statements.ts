import { MathBN } from "@medusajs/framework/utils"
import type { RuleSpec } from "./calculate"
import type { PeriodRow, PeriodSummary, StaffStatement, StatementRow } from "../types"

/** One statement per staff member and currency, from their sums per kind. */
export function staffStatements(rows: StatementRow[]): StaffStatement[] {
  const byStaff = new Map<string, StaffStatement>()
  for (const row of rows) {
    const key = `${row.staff_member_id}|${row.currency_code}`
    const statement: StaffStatement = byStaff.get(key) ?? {
      staff_member_id: row.staff_member_id,
      currency_code: row.currency_code,
      total_amount: "0",
      total_base: "0",
      entries: 0,
      reversals: 0,
      by_kind: {},
    }
    statement.total_amount = MathBN.add(statement.total_amount, row.amount).toFixed()
    if (row.kind !== "tier_settlement")
      statement.total_base = MathBN.add(statement.total_base, row.base).toFixed()
    statement.entries += row.entries
    statement.reversals += row.reversals
    statement.by_kind[row.kind] = { base: row.base, amount: row.amount, entries: row.entries }
    byStaff.set(key, statement)
  }
  return [...byStaff.values()]
}

/** The best tier a statement reached under each tiered rule of a kind it earned. */
export function tiersReached(statement: StaffStatement, rules: RuleSpec[]) {
  return rules
    .filter(
      (rule) => rule.tier_mode !== "none" && rule.tiers?.length && statement.by_kind[rule.kind]
    )
    .map((rule) => {
      const performance = statement.by_kind[rule.kind].base
      const reached = [...(rule.tiers ?? [])]
        .sort((a, b) => Number(a.threshold) - Number(b.threshold))
        .filter((tier) => MathBN.gte(performance, tier.threshold))
        .pop()
      return {
        rule_id: rule.id,
        rule_name: rule.name,
        kind: rule.kind,
        performance,
        threshold: reached?.threshold ?? null,
        rate: reached?.rate ?? rule.rate,
      }
    })
}

/** Every month with a status or entries, newest first (a month without a row is open). */
export function periodSummaries(
  periods: PeriodRow[],
  totals: Pick<PeriodSummary, "period" | "entries" | "staff_members" | "total_amount">[]
): PeriodSummary[] {
  const byPeriod = new Map<string, PeriodSummary>()
  for (const row of periods)
    byPeriod.set(row.period, { ...row, entries: 0, staff_members: 0, total_amount: "0" })
  for (const row of totals) {
    byPeriod.set(row.period, {
      status: "open",
      closed_at: null,
      closed_by: null,
      ...byPeriod.get(row.period),
      ...row,
    })
  }
  return [...byPeriod.values()].sort((a, b) => b.period.localeCompare(a.period))
}
