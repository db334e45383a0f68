import { MathBN, generateEntityId } from "@medusajs/framework/utils"
import { HOLD_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { type Amount, moneyColumns } from "../lib/money"
import type { StoredValueHoldRow, StoredValueHoldStatus } from "../types"

/** Releases the cart's active hold(s); returns what it released. */
export async function releaseActiveHoldsOfCart(
  knex: Knex,
  cartId: string,
  reason: string
): Promise<StoredValueHoldRow[]> {
  return await knex("stored_value_hold")
    .update({
      status: "released",
      released_at: knex.fn.now(),
      release_reason: reason,
      updated_at: knex.fn.now(),
    })
    .where({ cart_id: cartId, status: "active" })
    .whereNull("deleted_at")
    .returning("*")
}

/** Releases one hold if it is still active. */
export async function releaseHold(trx: Knex, id: string, reason: string): Promise<void> {
  await trx("stored_value_hold")
    .update({
      status: "released",
      released_at: trx.fn.now(),
      release_reason: reason,
      updated_at: trx.fn.now(),
    })
    .where({ id, status: "active" })
}

export async function insertHold(
  trx: Knex,
  hold: {
    account_id: string
    cart_id: string
    customer_id: string
    currency_code: string
    amount: Amount
    expires_at: Date
  }
): Promise<StoredValueHoldRow> {
  const [row] = (await trx("stored_value_hold")
    .insert({
      id: generateEntityId(undefined, HOLD_ID_PREFIX),
      account_id: hold.account_id,
      cart_id: hold.cart_id,
      customer_id: hold.customer_id,
      currency_code: hold.currency_code,
      ...moneyColumns("amount", hold.amount),
      status: "active",
      expires_at: hold.expires_at,
    })
    .returning("*")) as StoredValueHoldRow[]
  return row
}

export async function findHold(knex: Knex, id: string): Promise<StoredValueHoldRow | undefined> {
  return await knex("stored_value_hold").select("*").where({ id }).first()
}

/** True when the cart has an active hold. */
export async function cartHasActiveHold(trx: Knex, cartId: string): Promise<boolean> {
  const taken = await trx("stored_value_hold")
    .first("id")
    .where({ cart_id: cartId, status: "active" })
    .whereNull("deleted_at")
  return !!taken
}

/** Makes a released hold active again. */
export async function reactivateReleased(trx: Knex, id: string): Promise<void> {
  await trx("stored_value_hold")
    .update({ status: "active", released_at: null, release_reason: null, updated_at: trx.fn.now() })
    .where({ id, status: "released" })
}

/** The cart's active and captured holds, captured first, then newest first. */
export async function capturableHolds(knex: Knex, cartId: string): Promise<StoredValueHoldRow[]> {
  return await knex("stored_value_hold")
    .select("*")
    .where({ cart_id: cartId })
    .whereIn("status", ["active", "captured"])
    .whereNull("deleted_at")
    .orderByRaw("(status = 'captured') desc, created_at desc")
}

/** Locks a hold FOR UPDATE; its status, or undefined when it is gone. */
export async function lockHoldStatus(
  trx: Knex,
  id: string
): Promise<StoredValueHoldStatus | undefined> {
  const locked = await trx("stored_value_hold").select("status").where({ id }).forUpdate().first()
  return locked?.status
}

export async function markCaptured(trx: Knex, id: string, operationId: string, orderId: string) {
  await trx("stored_value_hold")
    .update({
      status: "captured",
      operation_id: operationId,
      order_id: orderId,
      captured_at: trx.fn.now(),
      updated_at: trx.fn.now(),
    })
    .where({ id, status: "active" })
}

/** Puts a captured hold back to active, if that operation captured it. */
export async function undoCapture(trx: Knex, id: string, operationId: string): Promise<void> {
  await trx("stored_value_hold")
    .update({
      status: "active",
      operation_id: null,
      order_id: null,
      captured_at: null,
      updated_at: trx.fn.now(),
    })
    .where({ id, status: "captured", operation_id: operationId })
}

/** Active holds past their expiry (at most `limit`), oldest first. */
export async function dueHolds(
  knex: Knex,
  now: Date,
  limit: number
): Promise<StoredValueHoldRow[]> {
  return await knex("stored_value_hold")
    .select("*")
    .where({ status: "active" })
    .where("expires_at", "<=", now)
    .whereNull("deleted_at")
    .orderBy("expires_at")
    .limit(limit)
}

/** The cart's holds, newest first. */
export async function holdsOfCart(knex: Knex, cartId: string): Promise<StoredValueHoldRow[]> {
  return await knex("stored_value_hold")
    .select("*")
    .where({ cart_id: cartId })
    .whereNull("deleted_at")
    .orderBy("created_at", "desc")
}

/** The sum of the account's active holds (optionally without one cart's), canonical. */
export async function heldAmount(
  knex: Knex,
  accountId: string,
  exceptCartId?: string | null
): Promise<string> {
  const query = knex("stored_value_hold")
    .select(knex.raw("coalesce(sum(amount), 0)::text as held"))
    .where({ account_id: accountId, status: "active" })
    .whereNull("deleted_at")
  if (exceptCartId) query.whereNot("cart_id", exceptCartId)
  const row = await query.first()
  return MathBN.convert(row?.held ?? 0).toFixed()
}

/** The sum of active holds of each of these accounts that has any. */
export async function heldByAccount(
  knex: Knex,
  accountIds: string[]
): Promise<{ account_id: string; held: string }[]> {
  return await knex("stored_value_hold")
    .select("account_id", knex.raw("sum(amount)::text as held"))
    .whereIn("account_id", accountIds)
    .where({ status: "active" })
    .whereNull("deleted_at")
    .groupBy("account_id")
}
