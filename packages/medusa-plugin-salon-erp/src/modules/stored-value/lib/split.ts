import { MathBN } from "@medusajs/framework/utils"
import { type Amount, roundAmount } from "./money"

export type SpendSplit = "proportional" | "principal_first" | "bonus_first"

/**
 * How a spend of `amount` divides between the principal and bonus balances.
 * - proportional: in the ratio of the balances (bonus share rounded to the minor unit),
 * - principal_first / bonus_first: one balance first, the other for the rest.
 * The caller has checked that amount ≤ principal + bonus.
 */
export function splitSpend(
  amount: Amount,
  principal: Amount,
  bonus: Amount,
  strategy: SpendSplit,
  currencyCode: string
): { principal: string; bonus: string } {
  const total = MathBN.add(principal, bonus)
  if (MathBN.eq(amount, total)) {
    return {
      principal: MathBN.convert(principal).toFixed(),
      bonus: MathBN.convert(bonus).toFixed(),
    }
  }
  let bonusPart
  if (strategy === "bonus_first") {
    bonusPart = MathBN.min(amount, bonus)
  } else if (strategy === "principal_first") {
    bonusPart = MathBN.max(0, MathBN.sub(amount, principal))
  } else {
    bonusPart = MathBN.convert(
      roundAmount(MathBN.div(MathBN.mult(amount, bonus), total), currencyCode)
    )
    // Rounding must never take more of a balance than there is.
    bonusPart = MathBN.min(bonusPart, bonus)
    bonusPart = MathBN.max(bonusPart, MathBN.sub(amount, principal))
  }
  return {
    principal: MathBN.sub(amount, bonusPart).toFixed(),
    bonus: MathBN.convert(bonusPart).toFixed(),
  }
}

/**
 * How a refund of `amount` of a spend divides between principal and bonus: in the spend's own
 * ratio, so refunds in parts add up to exactly what the spend took. The last refund takes what is
 * left of each.
 */
export function splitRefund(
  amount: Amount,
  spent: { principal: Amount; bonus: Amount },
  alreadyRefunded: { principal: Amount; bonus: Amount },
  currencyCode: string
): { principal: string; bonus: string } {
  const leftPrincipal = MathBN.sub(spent.principal, alreadyRefunded.principal)
  const leftBonus = MathBN.sub(spent.bonus, alreadyRefunded.bonus)
  const left = MathBN.add(leftPrincipal, leftBonus)
  if (MathBN.gte(amount, left)) {
    return { principal: leftPrincipal.toFixed(), bonus: leftBonus.toFixed() }
  }
  const spentTotal = MathBN.add(spent.principal, spent.bonus)
  let bonusPart = MathBN.convert(
    roundAmount(MathBN.div(MathBN.mult(amount, spent.bonus), spentTotal), currencyCode)
  )
  bonusPart = MathBN.min(bonusPart, leftBonus)
  bonusPart = MathBN.max(bonusPart, MathBN.sub(amount, leftPrincipal))
  return { principal: MathBN.sub(amount, bonusPart).toFixed(), bonus: bonusPart.toFixed() }
}
