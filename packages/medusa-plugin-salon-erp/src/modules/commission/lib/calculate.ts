/**
 * The commission calculator: pure functions from an earning line and the chain's rules to an
 * amount and an explanation a staff member can check. No database access, so every rule is
 * covered by the scenario table in __tests__/calculate.unit.spec.ts.
 */
import { MathBN } from "@medusajs/framework/utils"

export type CommissionKind =
  "service_performed" | "product_sold" | "package_sold" | "package_session_redeemed" | "top_up_sold"

export type RuleTargetType =
  "product" | "product_variant" | "salon_service" | "package_template" | "recharge_plan"

export type Tier = { threshold: number | string; rate: number | string }

export type RuleSpec = {
  id: string
  name: string
  kind: CommissionKind
  branch_id: string | null
  staff_member_id: string | null
  target_type: RuleTargetType | null
  target_id: string | null
  category: string | null
  staff_level: string | null
  rate_type: "percent" | "fixed"
  rate: number | string
  designated_multiplier: number
  tier_mode: "none" | "progressive" | "retroactive"
  tiers: Tier[] | null
  is_active?: boolean
  created_at?: string | Date
}

/** One line of earning for one staff member in one role, before rules. */
export type EarningLine = {
  source_type: string
  source_id: string
  source_line_id: string
  kind: CommissionKind
  role: "labour" | "sales"
  staff_member_id: string
  staff_level: string | null
  /** Percent of the line this staff member earned (split attribution). */
  share: number | string
  /** What the customer paid for the whole line, after discounts (principal only for stored value). */
  base: number | string
  quantity: number
  currency_code: string
  branch_id: string | null
  customer_id: string | null
  occurred_at: string
  is_designated: boolean
  /** What the line is: product, variant, salon service, template, plan (for target rules). */
  targets: { type: RuleTargetType; id: string }[]
  /** Product categories or the service category (for category rules). */
  categories: string[]
  /** How the line reads in an explanation: "Hydrating Facial", "Serum × 2". */
  label: string
  /** How the base was found, for the explanation: "paid by order", "stored value principal" … */
  base_note?: string
}

const LEVELS: [string, (rule: RuleSpec, line: EarningLine) => boolean][] = [
  ["staff member", (rule, line) => rule.staff_member_id === line.staff_member_id],
  [
    "product or service",
    (rule, line) =>
      !!rule.target_type &&
      line.targets.some((t) => t.type === rule.target_type && t.id === rule.target_id),
  ],
  ["category", (rule, line) => !!rule.category && line.categories.includes(rule.category)],
  ["staff level", (rule, line) => !!rule.staff_level && rule.staff_level === line.staff_level],
  [
    "default",
    (rule) => !rule.staff_member_id && !rule.target_type && !rule.category && !rule.staff_level,
  ],
]

/**
 * The rule that applies to a line: the most specific level that has a matching active rule of
 * the line's kind; within a level, the branch's own rule beats headquarters'. Ties go to the
 * newest rule.
 */
export function resolveRule(
  line: EarningLine,
  rules: RuleSpec[]
): { rule: RuleSpec; level: string } | null {
  const candidates = rules.filter(
    (rule) =>
      rule.is_active !== false &&
      rule.kind === line.kind &&
      (!rule.branch_id || rule.branch_id === line.branch_id)
  )
  for (const [level, matches] of LEVELS) {
    const found = candidates.filter((rule) => {
      // A rule narrows on everything it names: a staff rule that also names a product only matches that product.
      if (rule.staff_member_id && rule.staff_member_id !== line.staff_member_id) return false
      if (
        rule.target_type &&
        !line.targets.some((t) => t.type === rule.target_type && t.id === rule.target_id)
      )
        return false
      if (rule.category && !line.categories.includes(rule.category)) return false
      if (rule.staff_level && rule.staff_level !== line.staff_level) return false
      return matches(rule, line)
    })
    if (found.length) {
      found.sort(
        (a, b) =>
          Number(!!b.branch_id) - Number(!!a.branch_id) ||
          new Date(b.created_at ?? 0).getTime() - new Date(a.created_at ?? 0).getTime()
      )
      return { rule: found[0], level }
    }
  }
  return null
}

export const round2 = (value: Parameters<typeof MathBN.convert>[0]) =>
  MathBN.convert(value).decimalPlaces(2, 4 /* ROUND_HALF_UP */)

const money = (value: Parameters<typeof MathBN.convert>[0], currency: string) =>
  `${round2(value).toFixed(2)} ${currency.toUpperCase()}`
const pct = (value: Parameters<typeof MathBN.convert>[0]) => `${MathBN.convert(value).toFixed()}%`

export function sortedTiers(rule: RuleSpec): { threshold: string; rate: string }[] {
  return (rule.tiers ?? [])
    .map((tier) => ({
      threshold: MathBN.convert(tier.threshold).toFixed(),
      rate: MathBN.convert(tier.rate).toFixed(),
    }))
    .sort((a, b) => Number(a.threshold) - Number(b.threshold))
}

/** The rate in force at a monthly performance level (the highest tier whose threshold is reached). */
export function rateAt(rule: RuleSpec, performance: number | string): string {
  let rate = MathBN.convert(rule.rate).toFixed()
  for (const tier of sortedTiers(rule)) {
    if (MathBN.gte(performance, tier.threshold)) rate = tier.rate
  }
  return rate
}

export type Computed = {
  /** The staff member's part of the base (base × share). */
  base: string
  amount: string
  /** Effective rate (blended for a progressive split); null for fixed amounts. */
  rate: string | null
  multiplier: number
  explanation: string
}

/**
 * What a line pays under a rule. `monthToDate` is the staff member's performance for the rule's
 * kind earlier this month (sum of their bases), used by progressive tiers: each part of the base
 * earns the rate of the band it falls in. Retroactive tiers pay the base rate now; the difference
 * is settled when the month closes (see settleRetroactive).
 */
export function computeLine(
  line: EarningLine,
  rule: RuleSpec,
  level: string,
  monthToDate: number | string = 0
): Computed {
  const currency = line.currency_code
  const base = round2(MathBN.div(MathBN.mult(line.base, line.share), 100))
  const multiplier =
    line.is_designated &&
    (line.kind === "service_performed" || line.kind === "package_session_redeemed")
      ? Number(rule.designated_multiplier || 1)
      : 1
  const shareNote = MathBN.eq(line.share, 100)
    ? null
    : `your ${pct(line.share)} share of ${money(line.base, currency)}`
  const ruleNote = `rule "${rule.name}" (${level}${rule.branch_id ? ", branch" : ""})`
  const multiplierNote = multiplier !== 1 ? ` × ${multiplier} requested by the customer` : ""
  // "for Hydrating Facial, appointment #12 (list price: no payment recorded; your 50% share of …)"
  const details = [line.base_note, shareNote].filter(Boolean)
  const what = `for ${line.label}${details.length ? ` (${details.join("; ")})` : ""}`

  if (rule.rate_type === "fixed") {
    const units = MathBN.div(MathBN.mult(line.quantity, line.share), 100)
    const amount = round2(MathBN.mult(MathBN.mult(rule.rate, units), multiplier))
    return {
      base: base.toFixed(),
      amount: amount.toFixed(),
      rate: null,
      multiplier,
      explanation: `${money(rule.rate, currency)} per unit × ${units.toFixed()} ${what} by ${ruleNote}${multiplierNote} = ${money(amount, currency)}`,
    }
  }

  const tiers = sortedTiers(rule)
  if (rule.tier_mode === "progressive" && tiers.length) {
    // Split the base across the bands it spans this month.
    const bands = [
      { from: "0", rate: MathBN.convert(rule.rate).toFixed() },
      ...tiers.map((t) => ({ from: t.threshold, rate: t.rate })),
    ]
    let start = MathBN.convert(monthToDate)
    const end = MathBN.add(monthToDate, base)
    let amount = MathBN.convert(0)
    const parts: string[] = []
    for (let i = 0; i < bands.length; i++) {
      const bandStart = MathBN.convert(bands[i].from)
      const bandEnd = i + 1 < bands.length ? MathBN.convert(bands[i + 1].from) : null
      const lo = MathBN.max(start, bandStart)
      const hi = bandEnd ? MathBN.min(end, bandEnd) : end
      if (MathBN.gt(hi, lo)) {
        const portion = MathBN.sub(hi, lo)
        amount = MathBN.add(amount, MathBN.div(MathBN.mult(portion, bands[i].rate), 100))
        parts.push(`${money(portion, currency)} at ${pct(bands[i].rate)}`)
        start = hi
      }
    }
    amount = round2(MathBN.mult(amount, multiplier))
    const rate = MathBN.gt(base, 0)
      ? MathBN.div(MathBN.mult(amount, 100), MathBN.mult(base, multiplier))
          .decimalPlaces(4)
          .toFixed()
      : rule.rate.toString()
    return {
      base: base.toFixed(),
      amount: amount.toFixed(),
      rate,
      multiplier,
      explanation: `${money(base, currency)} ${what}, after ${money(monthToDate, currency)} earlier this month: ${parts.join(" + ")} by ${ruleNote} (progressive tiers)${multiplierNote} = ${money(amount, currency)}`,
    }
  }

  const amount = round2(MathBN.mult(MathBN.div(MathBN.mult(base, rule.rate), 100), multiplier))
  const tierNote =
    rule.tier_mode === "retroactive" && tiers.length
      ? "; retroactive tiers settle at month end"
      : ""
  return {
    base: base.toFixed(),
    amount: amount.toFixed(),
    rate: MathBN.convert(rule.rate).toFixed(),
    multiplier,
    explanation: `${pct(rule.rate)} of ${money(base, currency)} ${what} by ${ruleNote}${multiplierNote}${tierNote} = ${money(amount, currency)}`,
  }
}

/**
 * Month-end settlement of a retroactive rule for one staff member: once the month's performance
 * reaches a tier, the tier's rate applies to the whole month, so each entry gets the difference
 * between that rate and the rate it was paid at.
 */
export function settleRetroactive(
  rule: RuleSpec,
  performance: number | string,
  entries: { base: number | string; rate: number | string | null; multiplier: number }[],
  currency: string
): { rate: string; amount: string; explanation: string } | null {
  const reached = rateAt(rule, performance)
  if (MathBN.eq(reached, rule.rate)) return null
  let amount = MathBN.convert(0)
  for (const entry of entries) {
    const paidRate = entry.rate ?? rule.rate
    amount = MathBN.add(
      amount,
      MathBN.mult(
        MathBN.div(MathBN.mult(entry.base, MathBN.sub(reached, paidRate)), 100),
        entry.multiplier || 1
      )
    )
  }
  const rounded = round2(amount)
  if (MathBN.eq(rounded, 0)) return null
  return {
    rate: reached,
    amount: rounded.toFixed(),
    explanation: `Month performance ${money(performance, currency)} reached the ${pct(reached)} tier of rule "${rule.name}": the difference to ${pct(rule.rate)} on ${entries.length} entr${entries.length === 1 ? "y" : "ies"} = ${money(rounded, currency)}`,
  }
}
