import { MathBN } from "@medusajs/framework/utils"

export type LotState = {
  id: string
  amount: string | number
  /** Taken back by a reversal or refund of the credit that opened the lot. */
  withdrawn_amount?: string | number | null
  expires_at: Date | string | null
  expired_at: Date | string | null
  created_at: Date | string
}

/**
 * What is left of each unexpired bonus lot, given the account's bonus balance. Bonus is spent
 * soonest-expiring first, so the balance belongs to the latest-expiring lots (never-expiring
 * ones last of all): allocate it from the latest lot backwards. Bonus beyond all lots (e.g. a
 * refund of bonus whose lot has since expired) never expires.
 */
export function remainingByLot(
  lots: LotState[],
  bonusBalance: string | number
): Map<string, string> {
  const open = lots
    .filter((lot) => !lot.expired_at)
    .sort((a, b) => {
      const ea = a.expires_at ? new Date(a.expires_at).getTime() : Infinity
      const eb = b.expires_at ? new Date(b.expires_at).getTime() : Infinity
      return eb - ea || new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
    })
  const remaining = new Map<string, string>()
  let left = MathBN.convert(bonusBalance)
  for (const lot of open) {
    const open = MathBN.sub(lot.amount, lot.withdrawn_amount ?? 0)
    const share = MathBN.max(0, MathBN.min(open, left))
    remaining.set(lot.id, share.toFixed())
    left = MathBN.sub(left, share)
  }
  return remaining
}

/**
 * How taking `amount` of bonus back from a credit's lots closes them, in lot order: each lot's
 * new withdrawn amount. Lots with nothing open are skipped.
 */
export function withdrawals(
  lots: Pick<LotState, "id" | "amount" | "withdrawn_amount">[],
  amount: string | number
): { id: string; withdrawn_amount: string }[] {
  const result: { id: string; withdrawn_amount: string }[] = []
  let left = MathBN.convert(amount)
  for (const lot of lots) {
    if (!MathBN.gt(left, 0)) break
    const open = MathBN.sub(lot.amount, lot.withdrawn_amount ?? 0)
    const take = MathBN.min(open, left)
    if (!MathBN.gt(take, 0)) continue
    result.push({
      id: lot.id,
      withdrawn_amount: MathBN.add(lot.withdrawn_amount ?? 0, take).toFixed(),
    })
    left = MathBN.sub(left, take)
  }
  return result
}
