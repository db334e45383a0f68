import { generateEntityId } from "@medusajs/framework/utils"
import { ACCOUNT_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import * as errors from "../lib/errors"
import { type Amount, moneyColumns } from "../lib/money"
import type { AccountBalancesRow, AccountAgainstLedger } from "../lib/results"
import type { AccountRow } from "../types"

const ACCOUNT_COLUMNS = [
  "id",
  "customer_id",
  "currency_code",
  "principal_balance",
  "bonus_balance",
  "status",
] as const

/** An account's own columns, as results and responses report them. */
export const ACCOUNT_STATE_COLUMNS = [
  ...ACCOUNT_COLUMNS,
  "closed_at",
  "closed_reason",
  "closed_by",
  "created_at",
  "updated_at",
] as const

/** Opens the member's empty account in a currency unless they have one. */
export async function insertAccountIfMissing(
  trx: Knex,
  customerId: string,
  currency: string
): Promise<void> {
  const principal = moneyColumns("principal_balance", 0)
  const bonus = moneyColumns("bonus_balance", 0)
  await trx.raw(
    `INSERT INTO stored_value_account (id, customer_id, currency_code, principal_balance, raw_principal_balance, bonus_balance, raw_bonus_balance)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (customer_id, currency_code) WHERE deleted_at IS NULL DO NOTHING`,
    [
      generateEntityId(undefined, ACCOUNT_ID_PREFIX),
      customerId,
      currency,
      principal.principal_balance,
      principal.raw_principal_balance,
      bonus.bonus_balance,
      bonus.raw_bonus_balance,
    ]
  )
}

/** The member's account in a currency; refused when they have none. */
export async function findAccountId(
  knex: Knex,
  customerId: string,
  currency: string
): Promise<string> {
  const row = await knex("stored_value_account")
    .select("id")
    .where({ customer_id: customerId, currency_code: currency })
    .whereNull("deleted_at")
    .first()
  if (!row) throw errors.noAccount(customerId, currency)
  return row.id as string
}

/**
 * Finds and locks the member's account in a currency in one round trip (a spend's hot path);
 * refused when they have none.
 */
export async function lockCustomerAccount(
  trx: Knex,
  customerId: string,
  currency: string
): Promise<AccountRow> {
  const account = (await trx("stored_value_account")
    .select(...ACCOUNT_COLUMNS)
    .where({ customer_id: customerId, currency_code: currency })
    .whereNull("deleted_at")
    .forUpdate()
    .first()) as AccountRow | undefined
  if (!account) throw errors.noAccount(customerId, currency)
  return account
}

/** Locks the account FOR UPDATE: every write on one account runs one after the other. */
export async function lockAccount(trx: Knex, id: string): Promise<AccountRow> {
  const account = (await trx("stored_value_account")
    .select(...ACCOUNT_COLUMNS)
    .where({ id })
    .whereNull("deleted_at")
    .forUpdate()
    .first()) as AccountRow | undefined
  if (!account) throw errors.accountNotFound(id)
  return account
}

export async function loadAccount(knex: Knex, id: string): Promise<AccountRow> {
  const account = (await knex("stored_value_account")
    .select(...ACCOUNT_COLUMNS)
    .where({ id })
    .whereNull("deleted_at")
    .first()) as AccountRow | undefined
  if (!account) throw errors.accountNotFound(id)
  return account
}

/** The member's account in a currency, if any (not locked). */
export async function findCustomerAccount(
  knex: Knex,
  customerId: string,
  currency: string
): Promise<Pick<AccountRow, "id" | "principal_balance" | "bonus_balance" | "status"> | null> {
  const account = await knex("stored_value_account")
    .select("id", "principal_balance", "bonus_balance", "status")
    .where({ customer_id: customerId, currency_code: currency })
    .whereNull("deleted_at")
    .first()
  return account ?? null
}

/**
 * The update that writes the new running balances and returns the account's own columns, not
 * yet run; the CHECK constraints refuse a negative balance.
 */
export function balancesUpdate(trx: Knex, id: string, principal: Amount, bonus: Amount) {
  return trx("stored_value_account")
    .update({
      ...moneyColumns("principal_balance", principal),
      ...moneyColumns("bonus_balance", bonus),
      updated_at: trx.fn.now(),
    })
    .where({ id })
    .returning([...ACCOUNT_STATE_COLUMNS])
}

export async function markClosed(
  trx: Knex,
  id: string,
  reason: string,
  closedBy: string | null
): Promise<void> {
  await trx("stored_value_account")
    .update({
      status: "closed",
      closed_at: trx.fn.now(),
      closed_reason: reason,
      closed_by: closedBy,
    })
    .where({ id })
}

export async function listCustomerAccounts(
  knex: Knex,
  customerId: string
): Promise<AccountBalancesRow[]> {
  return await knex("stored_value_account")
    .select(
      "id",
      "currency_code",
      "principal_balance",
      "bonus_balance",
      "status",
      "created_at",
      "updated_at"
    )
    .where({ customer_id: customerId })
    .whereNull("deleted_at")
    .orderBy("currency_code")
}

/** Each account's stored balances next to the sums of its entries. */
export async function accountsAgainstLedger(
  knex: Knex,
  accountId?: string
): Promise<AccountAgainstLedger[]> {
  const query = knex("stored_value_account as a")
    .leftJoin("stored_value_entry as e", function () {
      this.on("e.account_id", "a.id").andOnNull("e.deleted_at")
    })
    .select(
      "a.id",
      "a.principal_balance",
      "a.bonus_balance",
      knex.raw("coalesce(sum(e.principal_amount), 0)::text as ledger_principal"),
      knex.raw("coalesce(sum(e.bonus_amount), 0)::text as ledger_bonus")
    )
    .whereNull("a.deleted_at")
    .groupBy("a.id", "a.principal_balance", "a.bonus_balance")
  if (accountId) query.where("a.id", accountId)
  return await query
}

/** The customer's account in a currency, created empty on the first credit. */
export async function ensureAccount(trx: Knex, customerId: string, currency: string) {
  await insertAccountIfMissing(trx, customerId, currency)
  return await findAccountId(trx, customerId, currency)
}
