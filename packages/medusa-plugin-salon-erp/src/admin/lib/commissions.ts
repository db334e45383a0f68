/**
 * Display helpers for commissions: kinds, rates and tiers, rule specificity, months (periods)
 * and attribution shares. Money is formatted with the stored value helpers (lib/stored-value).
 */
import type {
  CommissionEntry,
  CommissionEntryKind,
  CommissionKind,
  CommissionRole,
  CommissionRule,
  CommissionSourceType,
  PeriodStatus,
  RuleTargetType,
  TierMode,
} from "../../types/commissions/http"
import type { Amount } from "../../types/stored-value/http"
import { formatMoney, toNumber } from "./stored-value"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

// ------------------------------------------------------------------- kinds

export const KIND_META: Record<
  CommissionEntryKind,
  { label: string; short: string; description: string; color: BadgeColor }
> = {
  service_performed: {
    label: "Service performed",
    short: "Services",
    description: "Paid to whoever performed a service, on what the customer paid for it",
    color: "blue",
  },
  product_sold: {
    label: "Product sold",
    short: "Products",
    description: "Paid to the seller of retail products, on the price paid after discounts",
    color: "green",
  },
  package_sold: {
    label: "Package sold",
    short: "Packages",
    description: "Paid to the seller of a service package, on the price paid",
    color: "purple",
  },
  package_session_redeemed: {
    label: "Package session",
    short: "Sessions",
    description: "Paid to whoever performed a session redeemed from a package",
    color: "orange",
  },
  top_up_sold: {
    label: "Top-up sold",
    short: "Top-ups",
    description: "Paid to the seller of a stored value top-up, on the money paid (never the bonus)",
    color: "grey",
  },
  tier_settlement: {
    label: "Tier settlement",
    short: "Settlements",
    description: "Retroactive tier difference paid when the month was closed",
    color: "red",
  },
}

export const kindLabel = (kind: string) =>
  KIND_META[kind as CommissionEntryKind]?.label ?? kind.replace(/_/g, " ")

/** Kinds paid more when the customer asked for the staff member (点客). */
export const DESIGNATED_KINDS: CommissionKind[] = ["service_performed", "package_session_redeemed"]

/** What a line is, by the role its earners played. */
export const ROLE_LABELS: Record<CommissionRole, string> = {
  labour: "Service",
  sales: "Sale",
}

// ----------------------------------------------------------------- targets

export const TARGET_TYPE_LABELS: Record<RuleTargetType, string> = {
  product: "Product",
  product_variant: "Product variant",
  salon_service: "Salon service",
  package_template: "Package template",
  recharge_plan: "Recharge plan",
}

/** Categories a rule of the kind can name: salon service categories, product categories or none. */
export const categorySourceOf = (kind: CommissionKind): "service" | "product" | "both" | null => {
  switch (kind) {
    case "service_performed":
      return "both"
    case "package_session_redeemed":
      return "service"
    case "product_sold":
      return "product"
    default:
      return null
  }
}

// -------------------------------------------------------------- specificity

/** From most to least specific: the first level with a matching active rule wins. */
export const SPECIFICITY_LEVELS = [
  "staff_member",
  "target",
  "category",
  "staff_level",
  "default",
] as const
export type SpecificityLevel = (typeof SPECIFICITY_LEVELS)[number]

export const SPECIFICITY_LABELS: Record<SpecificityLevel, string> = {
  staff_member: "Staff member",
  target: "Product or service",
  category: "Category",
  staff_level: "Staff level",
  default: "Kind default",
}

export const SPECIFICITY_HELP =
  "When several active rules match, the most specific wins: staff member, then product or service, then category, then staff level, then the kind's default. At the same level a branch's own rule beats headquarters', and the newest rule breaks a tie. A rule narrows on everything it names."

/** The level a rule competes at: the most specific thing it names. */
export const ruleLevel = (
  rule: Pick<CommissionRule, "staff_member_id" | "target_type" | "category" | "staff_level">
): SpecificityLevel => {
  if (rule.staff_member_id) return "staff_member"
  if (rule.target_type) return "target"
  if (rule.category) return "category"
  if (rule.staff_level) return "staff_level"
  return "default"
}

// ------------------------------------------------------------ rates, tiers

const trimNumber = (value: Amount | null | undefined) =>
  String(Math.round(toNumber(value) * 10_000) / 10_000)

/** "12.5%". */
export const formatPercent = (value: Amount | null | undefined) => `${trimNumber(value)}%`

/** "10%" or "¥20.00 per unit". */
export const describeRate = (rule: Pick<CommissionRule, "rate_type" | "rate">, currency: string) =>
  rule.rate_type === "fixed"
    ? `${formatMoney(rule.rate, currency)} per unit`
    : formatPercent(rule.rate)

/** "× 1.5 when requested", or null when the multiplier changes nothing. */
export const describeMultiplier = (rule: Pick<CommissionRule, "designated_multiplier" | "kind">) =>
  DESIGNATED_KINDS.includes(rule.kind) && rule.designated_multiplier !== 1
    ? `× ${trimNumber(rule.designated_multiplier)} when requested`
    : null

export const TIER_MODE_META: Record<TierMode, { label: string; help: string }> = {
  none: { label: "No tiers", help: "The rate is the same however much the staff member does." },
  progressive: {
    label: "Progressive",
    help: "Like tax bands: only the part of the month's performance above a threshold earns that tier's rate. Paid as it happens.",
  },
  retroactive: {
    label: "Retroactive",
    help: "Reaching a threshold raises the rate on the whole month's performance. The base rate is paid as it happens; the difference is paid as a tier settlement when the month is closed.",
  },
}

export const sortedTiers = (tiers: CommissionRule["tiers"]) =>
  [...(tiers ?? [])].sort((a, b) => toNumber(a.threshold) - toNumber(b.threshold))

/** "12% from ¥2,000.00 · 15% from ¥5,000.00", or null without tiers. */
export const describeTiers = (
  rule: Pick<CommissionRule, "tier_mode" | "tiers">,
  currency: string
) => {
  if (rule.tier_mode === "none" || !rule.tiers?.length) return null
  return sortedTiers(rule.tiers)
    .map((tier) => `${formatPercent(tier.rate)} from ${formatMoney(tier.threshold, currency)}`)
    .join(" · ")
}

// ------------------------------------------------------------------ entries

export const isReversal = (entry: Pick<CommissionEntry, "reverses_entry_id">) =>
  !!entry.reverses_entry_id

export const SOURCE_TYPE_LABELS: Record<CommissionSourceType | "commission_period", string> = {
  appointment: "Appointment",
  order: "Order",
  stored_value_top_up: "Top-up",
  service_package: "Package sale",
  package_redemption: "Package session",
  commission_period: "Month close",
}

export const sourceTypeLabel = (type: string) =>
  SOURCE_TYPE_LABELS[type as CommissionSourceType] ?? type.replace(/_/g, " ")

/** A dashboard page for the source, where there is one. */
export const sourcePath = (type: string, id: string) => (type === "order" ? `/orders/${id}` : null)

// ------------------------------------------------------------------ periods

const pad = (n: number) => String(n).padStart(2, "0")

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** This month as "YYYY-MM", in the browser's zone. */
export const currentPeriod = (now = new Date()) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}`

/** The month `months` after (or before, when negative) a period. */
export const shiftPeriod = (period: string, months: number) => {
  const [year, month] = period.split("-").map(Number)
  const index = year * 12 + (month - 1) + months
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

const monthFormatter = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric" })

/** "November 2026". */
export const formatPeriod = (period: string) => {
  const [year, month] = period.split("-").map(Number)
  return monthFormatter.format(new Date(year, month - 1, 1))
}

/** The first and last day of a month ("YYYY-MM-DD"). */
export const periodDays = (period: string) => {
  const [year, month] = period.split("-").map(Number)
  const last = new Date(year, month, 0).getDate()
  return { from: `${period}-01`, to: `${period}-${pad(last)}` }
}

/** `count` months ending with `last`, newest first. */
export const recentPeriods = (count: number, last = currentPeriod()) =>
  Array.from({ length: count }, (_, index) => shiftPeriod(last, -index))

export const PERIOD_STATUS_META: Record<PeriodStatus, { label: string; color: BadgeColor }> = {
  open: { label: "Open", color: "green" },
  closed: { label: "Closed", color: "grey" },
}

// ------------------------------------------------------------------- shares

/** Adds shares in order, as the API checks them (the total must be 100 within 1e-9). */
export const sharesTotal = (shares: number[]) => shares.reduce((sum, share) => sum + share, 0)

export const sharesAddUp = (shares: number[]) => Math.abs(sharesTotal(shares) - 100) <= 1e-9

/** `count` shares of two decimals that add up to exactly 100 (the last takes the rounding). */
export const evenShares = (count: number) => {
  if (count <= 0) return []
  const each = Math.floor(10_000 / count) / 100
  const shares = Array.from({ length: count }, () => each)
  shares[count - 1] = Math.round((100 - each * (count - 1)) * 100) / 100
  return shares
}

/**
 * Why a month cannot be closed now, or null when it can: closed already, not started, or an
 * earlier month with entries is still open (months close in order).
 */
export const closeBlockedReason = (
  period: string,
  status: PeriodStatus,
  periods: { period: string; status: PeriodStatus; entries: number }[],
  now = currentPeriod()
) => {
  if (status === "closed") return `${formatPeriod(period)} is already closed`
  if (period > now) return `${formatPeriod(period)} has not started yet`
  const earlier = periods
    .filter((row) => row.period < period && row.status === "open" && row.entries > 0)
    .sort((a, b) => a.period.localeCompare(b.period))[0]
  if (earlier) {
    return `Close ${formatPeriod(earlier.period)} first: months close in order`
  }
  return null
}
