import { MathBN } from "@medusajs/framework/utils"
import type { AccountRow, LedgerSums, PlannedLine, TargetOperation } from "../types"
import * as errors from "./errors"
import { type Amount, formatAmount } from "./money"
import { type SpendSplit, splitRefund, splitSpend } from "./split"

/**
 * What each operation writes to the ledger, decided from the locked account and the sums read
 * under the lock. Pure: a refusal throws, before anything is written.
 */

const negate = (value: Amount) => MathBN.mult(value, -1).toFixed()

const total = (account: AccountRow) => MathBN.add(account.principal_balance, account.bonus_balance)

export function topUpLines(principal: string, bonus: string, expiresAt: Date | null) {
  const lines: PlannedLine[] = [{ type: "top_up_principal", principal, bonus: 0 }]
  if (MathBN.gt(bonus, 0)) {
    lines.push({ type: "top_up_bonus", principal: 0, bonus, bonus_expires_at: expiresAt })
  }
  return lines
}

/** Refuses a debit of `amount` beyond the balance less `held`; `tail` names the debit. */
export function assertAvailable(
  account: AccountRow,
  amount: Amount,
  held: Amount,
  currency: string,
  tail: string
): void {
  const balance = total(account)
  if (MathBN.gt(amount, MathBN.sub(balance, held))) {
    throw errors.insufficient(balance, held, currency, tail)
  }
}

/**
 * A spend of `amount`, divided between principal and bonus by `strategy`; refused beyond the
 * balance less `held` (value promised to carts in checkout). `tail` names the debit.
 */
export function spendLine(
  account: AccountRow,
  amount: string,
  held: Amount,
  strategy: SpendSplit,
  currency: string,
  tail: string
): PlannedLine {
  assertAvailable(account, amount, held, currency, tail)
  const split = splitSpend(
    amount,
    account.principal_balance,
    account.bonus_balance,
    strategy,
    currency
  )
  return { type: "spend", principal: negate(split.principal), bonus: negate(split.bonus) }
}

/** A refund of (part of) a spend, in the spend's own principal/bonus ratio. */
export function refundLine(
  target: TargetOperation,
  spent: LedgerSums,
  undone: LedgerSums,
  requested: string | null
): PlannedLine {
  const spentPrincipal = MathBN.mult(spent.principal, -1)
  const spentBonus = MathBN.mult(spent.bonus, -1)
  const left = MathBN.sub(
    MathBN.add(spentPrincipal, spentBonus),
    MathBN.add(undone.principal, undone.bonus)
  )
  if (MathBN.lte(left, 0)) throw errors.refundedInFull(target.id)
  if (requested && MathBN.gt(requested, left)) {
    throw errors.refundAboveLeft(target.id, left, requested, target.currency_code)
  }
  const split = splitRefund(
    requested ?? left,
    { principal: spentPrincipal, bonus: spentBonus },
    undone,
    target.currency_code
  )
  return {
    type: "refund",
    principal: split.principal,
    bonus: split.bonus,
    reverses_entry_id: target.entry_ids[0],
  }
}

/** What undoes the rest of an operation; refused when it would take a balance below zero. */
export function reversalLine(
  target: TargetOperation,
  account: AccountRow,
  done: LedgerSums,
  undone: LedgerSums
): PlannedLine {
  const principal = MathBN.sub(MathBN.mult(done.principal, -1), undone.principal)
  const bonus = MathBN.sub(MathBN.mult(done.bonus, -1), undone.bonus)
  if (MathBN.eq(principal, 0) && MathBN.eq(bonus, 0)) throw errors.alreadyUndone(target.id)
  if (
    MathBN.lt(MathBN.add(account.principal_balance, principal), 0) ||
    MathBN.lt(MathBN.add(account.bonus_balance, bonus), 0)
  ) {
    throw errors.partlySpent(
      target.id,
      account.principal_balance,
      account.bonus_balance,
      account.currency_code
    )
  }
  return {
    type: "reversal",
    principal: principal.toFixed(),
    bonus: bonus.toFixed(),
    reverses_entry_id: target.entry_ids[0],
  }
}

/** Refuses an adjustment that would take a balance below zero. */
export function assertAdjustable(
  account: AccountRow,
  principal: string,
  bonus: string,
  currency: string
): void {
  for (const [name, balance, change] of [
    ["principal", account.principal_balance, principal],
    ["bonus", account.bonus_balance, bonus],
  ] as const) {
    if (MathBN.lt(MathBN.add(balance, change), 0)) {
      throw errors.balanceCannotGoDown(name, balance, MathBN.abs(change), currency)
    }
  }
}

/**
 * Refuses a debit (`change` < 0) that would leave less than the account's active holds
 * (`held`): that value is promised to carts in checkout.
 */
export function assertHoldsCovered(
  account: AccountRow,
  change: Amount,
  held: Amount,
  what: string
): void {
  if (!MathBN.gt(held, 0)) return
  const balance = total(account)
  if (MathBN.lt(MathBN.add(balance, change), held)) {
    throw errors.insufficient(
      balance,
      held,
      account.currency_code,
      `${formatAmount(MathBN.abs(change), account.currency_code)} cannot be ${what}`
    )
  }
}

/** Closing pays the principal back (one line) and forfeits the bonus (a second, if any). */
export function closureLines(account: AccountRow): PlannedLine[] {
  const lines: PlannedLine[] = [
    { type: "closure", principal: negate(account.principal_balance), bonus: 0 },
  ]
  if (MathBN.gt(account.bonus_balance, 0)) {
    lines.push({ type: "closure", principal: 0, bonus: negate(account.bonus_balance) })
  }
  return lines
}

/** The running balances after each line, starting from the account's. */
export function balancesAfter(account: AccountRow, lines: PlannedLine[]) {
  let principal = MathBN.convert(account.principal_balance)
  let bonus = MathBN.convert(account.bonus_balance)
  return lines.map((line) => {
    principal = MathBN.add(principal, line.principal)
    bonus = MathBN.add(bonus, line.bonus)
    return { principal: principal.toFixed(), bonus: bonus.toFixed() }
  })
}
