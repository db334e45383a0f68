import type { CommissionKind, RuleTargetType, Tier } from "./calculate"

export type RuleShape = {
  kind: CommissionKind
  target_type?: RuleTargetType | null
  target_id?: string | null
  rate_type?: "percent" | "fixed"
  rate: number | string
  tier_mode?: "none" | "progressive" | "retroactive"
  tiers?: Tier[] | null
}

/** What a rule of each kind can target. */
export const TARGETS_BY_KIND: Record<CommissionKind, RuleTargetType[]> = {
  service_performed: ["salon_service", "product", "product_variant"],
  product_sold: ["product", "product_variant"],
  package_sold: ["package_template"],
  package_session_redeemed: ["salon_service", "package_template"],
  top_up_sold: ["recharge_plan"],
}

/** Why a rule cannot work as written, as messages a manager can act on (empty: it can). */
export function ruleProblems(rule: RuleShape): string[] {
  const problems: string[] = []
  const rateType = rule.rate_type ?? "percent"
  const tierMode = rule.tier_mode ?? "none"
  if (!!rule.target_type !== !!rule.target_id) {
    problems.push("target_type and target_id go together: name both or neither")
  }
  if (rule.target_type && !TARGETS_BY_KIND[rule.kind].includes(rule.target_type)) {
    problems.push(
      `a ${rule.kind} rule can target ${TARGETS_BY_KIND[rule.kind].join(" or ")}, not ${rule.target_type}`
    )
  }
  if (Number(rule.rate) < 0) problems.push("rate must be zero or more")
  if (rateType === "percent" && Number(rule.rate) > 100) {
    problems.push(`a percent rate is at most 100; got ${rule.rate}`)
  }
  const tiers = rule.tiers ?? []
  if (tierMode === "none" && tiers.length) {
    problems.push('tiers need tier_mode "progressive" or "retroactive"')
  }
  if (tierMode !== "none") {
    if (rateType !== "percent") problems.push("tiers apply to percent rates only")
    if (!tiers.length) problems.push(`tier_mode "${tierMode}" needs at least one tier`)
    let previous = 0
    tiers.forEach((tier, index) => {
      const threshold = Number(tier.threshold)
      const rate = Number(tier.rate)
      if (!(threshold > previous)) {
        problems.push(
          `tiers[${index}].threshold must be above ${previous === 0 ? "zero" : `the previous tier's (${previous})`}; got ${tier.threshold}`
        )
      }
      if (!(rate >= 0 && rate <= 100))
        problems.push(`tiers[${index}].rate must be 0 to 100; got ${tier.rate}`)
      previous = Math.max(previous, threshold)
    })
  }
  return problems
}
