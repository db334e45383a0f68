import { generateEntityId } from "@medusajs/framework/utils"
import type { LotState } from "../lib/bonus-lots"
import { BONUS_LOT_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { type Amount, moneyColumns } from "../lib/money"

export type LotRow = LotState & { account_id: string }

/** The account's lots past their date and not expired yet, by id. */
export async function dueLotIds(knex: Knex, accountId: string, now: Date): Promise<string[]> {
  const rows = (await knex("stored_value_bonus_lot")
    .select("id")
    .where({ account_id: accountId })
    .whereNull("expired_at")
    .where("expires_at", "<=", now)
    .whereNull("deleted_at")
    .orderBy("id")) as { id: string }[]
  return rows.map((lot) => lot.id)
}

/** Accounts (at most `limit`) with lots past their date and not expired yet. */
export async function accountsWithDueLots(knex: Knex, now: Date, limit: number): Promise<string[]> {
  const rows = (await knex("stored_value_bonus_lot")
    .distinct("account_id")
    .whereNull("expired_at")
    .where("expires_at", "<=", now)
    .whereNull("deleted_at")
    .limit(limit)) as { account_id: string }[]
  return rows.map((row) => row.account_id)
}

/** Every lot of one account. */
export async function lotsOfAccount(knex: Knex, accountId: string): Promise<LotState[]> {
  return await knex("stored_value_bonus_lot")
    .select("id", "amount", "withdrawn_amount", "expires_at", "expired_at", "created_at")
    .where({ account_id: accountId })
    .whereNull("deleted_at")
}

/** Every lot of these accounts. */
export async function lotsOfAccounts(knex: Knex, accountIds: string[]): Promise<LotRow[]> {
  return await knex("stored_value_bonus_lot")
    .select(
      "id",
      "account_id",
      "amount",
      "withdrawn_amount",
      "expires_at",
      "expired_at",
      "created_at"
    )
    .whereIn("account_id", accountIds)
    .whereNull("deleted_at")
}

/** Marks a lot expired with the amount it forfeited, once. */
export async function markExpired(trx: Knex, id: string, now: Date, forfeited: Amount) {
  await trx("stored_value_bonus_lot")
    .update({
      expired_at: now,
      ...moneyColumns("expired_amount", forfeited),
      updated_at: trx.fn.now(),
    })
    .where({ id })
    .whereNull("expired_at")
}

export async function insertLot(
  trx: Knex,
  lot: { account_id: string; entry_id: string; amount: Amount; expires_at: Date | null }
): Promise<void> {
  await trx("stored_value_bonus_lot").insert({
    id: generateEntityId(undefined, BONUS_LOT_ID_PREFIX),
    account_id: lot.account_id,
    entry_id: lot.entry_id,
    ...moneyColumns("amount", lot.amount),
    expires_at: lot.expires_at,
  })
}

/** The open lots of the credit operation that wrote the entry `entryId`, by id. */
export async function openLotsOfCredit(
  trx: Knex,
  entryId: string
): Promise<Pick<LotState, "id" | "amount" | "withdrawn_amount">[]> {
  return await trx("stored_value_bonus_lot as lot")
    .select("lot.id", "lot.amount", "lot.withdrawn_amount")
    .join("stored_value_entry as credit", "credit.id", "lot.entry_id")
    .whereRaw(
      "credit.operation_id = (select operation_id from stored_value_entry where id = ? and deleted_at is null)",
      [entryId]
    )
    .whereNull("lot.expired_at")
    .whereNull("lot.deleted_at")
    .whereNull("credit.deleted_at")
    .orderBy("lot.id")
}

export async function setWithdrawn(trx: Knex, id: string, withdrawn: Amount): Promise<void> {
  await trx("stored_value_bonus_lot")
    .update({ ...moneyColumns("withdrawn_amount", withdrawn), updated_at: trx.fn.now() })
    .where({ id })
}
