import { Badge, Text, Tooltip } from "@medusajs/ui"
import { TIER_MODE_META, formatPercent, kindLabel, sortedTiers } from "../../lib/commissions"
import type { CommissionRule, TierReached } from "../../../types/commissions/http"
import { formatMoney, toNumber } from "../../lib/stored-value"

/** Sentences about one tiered rule's standing this month. */
const describeStanding = (tier: TierReached, currency: string, rule?: CommissionRule) => {
  const reached = tier.threshold !== null && tier.threshold !== undefined
  const performance = toNumber(tier.performance)
  const next = rule
    ? sortedTiers(rule.tiers).find((candidate) => toNumber(candidate.threshold) > performance)
    : undefined
  return [
    `${kindLabel(tier.kind)} performance this month: ${formatMoney(tier.performance, currency)}.`,
    reached
      ? `Reached the ${formatMoney(tier.threshold!, currency)} tier: ${formatPercent(tier.rate)}.`
      : `Below the first tier: base rate ${formatPercent(tier.rate)}.`,
    next
      ? `Next: ${formatPercent(next.rate)} from ${formatMoney(next.threshold, currency)} (${formatMoney(
          toNumber(next.threshold) - performance,
          currency
        )} to go).`
      : null,
    reached && rule?.tier_mode === "retroactive"
      ? "Retroactive: the higher rate on the whole month is paid when the month is closed."
      : null,
    reached && rule?.tier_mode === "progressive"
      ? "Progressive: only performance above the threshold earns the higher rate."
      : null,
  ].filter(Boolean) as string[]
}

/**
 * The tier each tiered rule reached this month: a badge per rule with the details on hover, or
 * spelled out with `detailed`.
 */
export const TiersReached = ({
  tiers,
  currency,
  rules,
  detailed,
}: {
  tiers: TierReached[]
  currency: string
  rules?: CommissionRule[]
  detailed?: boolean
}) => {
  if (!tiers.length) {
    return detailed ? (
      <Text size="small" className="text-ui-fg-subtle">
        No tiered rule applies to this month&apos;s earnings.
      </Text>
    ) : (
      <span className="text-ui-fg-muted">—</span>
    )
  }
  return (
    <div className={detailed ? "flex flex-col gap-y-3" : "flex flex-wrap gap-1"}>
      {tiers.map((tier) => {
        const rule = rules?.find((candidate) => candidate.id === tier.rule_id)
        const reached = tier.threshold !== null && tier.threshold !== undefined
        const badge = (
          <Badge size="2xsmall" color={reached ? "green" : "grey"} className="whitespace-nowrap">
            {reached ? `${formatPercent(tier.rate)} tier` : `Base ${formatPercent(tier.rate)}`}
          </Badge>
        )
        const lines = describeStanding(tier, currency, rule)
        if (detailed) {
          return (
            <div key={tier.rule_id} className="flex flex-col gap-y-1">
              <div className="flex items-center gap-x-2">
                {badge}
                <Text size="small" weight="plus">
                  {tier.rule_name}
                </Text>
                {rule && (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {TIER_MODE_META[rule.tier_mode].label}
                  </Text>
                )}
              </div>
              {lines.map((line) => (
                <Text key={line} size="small" className="text-ui-fg-subtle">
                  {line}
                </Text>
              ))}
            </div>
          )
        }
        return (
          <Tooltip
            key={tier.rule_id}
            maxWidth={360}
            content={
              <div className="flex flex-col gap-y-0.5">
                <span className="font-medium">{tier.rule_name}</span>
                {lines.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </div>
            }
          >
            <span className="inline-flex">{badge}</span>
          </Tooltip>
        )
      })}
    </div>
  )
}
