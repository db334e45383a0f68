import { MathBN } from "@medusajs/framework/utils"
import * as accounts from "../repositories/account-repository"
import * as ledger from "../repositories/entry-repository"
import * as holds from "../repositories/hold-repository"
import type { StoredValueHoldRow } from "../types"
import type { Knex } from "./db"
import { type Amount, canonical } from "./money"
import { positiveAmount } from "./validation"

/**
 * Puts a released hold back under the account lock, unless the cart has another active hold
 * or the account no longer covers it. True when it was put back.
 */
export async function reactivateIfCovered(trx: Knex, holdId: string): Promise<boolean> {
  const hold = await holds.findHold(trx, holdId)
  if (!hold || hold.status !== "released") return false
  const account = await accounts.lockAccount(trx, hold.account_id)
  const balance = MathBN.add(account.principal_balance, account.bonus_balance)
  const held = await holds.heldAmount(trx, account.id)
  const taken = await holds.cartHasActiveHold(trx, hold.cart_id)
  if (taken || MathBN.gt(hold.amount, MathBN.sub(balance, held))) return false
  await holds.reactivateReleased(trx, holdId)
  return true
}

/**
 * What capturing a hold takes: what the completed cart's credit lines used when less than the
 * hold; a captured hold is replayed with the amount it was captured for.
 */
export async function captureAmount(
  knex: Knex,
  hold: StoredValueHoldRow,
  asked: Amount | null | undefined
): Promise<string> {
  const held = canonical(hold.amount)
  if (hold.status === "captured") {
    if (!hold.operation_id) return held
    const spent = await ledger.sumOfOperation(knex, hold.operation_id)
    return MathBN.mult(MathBN.add(spent.principal, spent.bonus), -1).toFixed()
  }
  if (asked !== undefined && asked !== null && MathBN.lt(asked, held)) {
    return positiveAmount(asked, hold.currency_code, "amount")
  }
  return held
}
