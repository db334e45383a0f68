import { generateEntityId } from "@medusajs/framework/utils"
import { ENTRY_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { type Amount, moneyColumns } from "../lib/money"
import type {
  LedgerSums,
  MovementContext,
  StoredValueEntryDTO,
  StoredValueEntryType,
} from "../types"

export type NewEntry = {
  operation_id: string
  account_id: string
  currency_code: string
  customer_id: string
  type: StoredValueEntryType
  principal_amount: Amount
  bonus_amount: Amount
  principal_balance_after: Amount
  bonus_balance_after: Amount
  reverses_entry_id: string | null
  context: MovementContext
}

/**
 * The insert that appends an operation's ledger lines to one account, numbered after the
 * account's last line (the caller holds the account lock, so no one else numbers lines there),
 * not yet run; with the new entries' ids in line order. Needs at least one entry.
 */
export function entriesInsert(trx: Knex, accountId: string, entries: NewEntry[]) {
  // Ids made in the same millisecond sort at random: sorted, they follow the lines' order (the
  // ledger export reads entries by time, then id).
  const ids = entries.map(() => generateEntityId(undefined, ENTRY_ID_PREFIX)).sort()
  const insert = trx("stored_value_entry").insert(
    entries.map((entry, index) => {
      const { context } = entry
      return {
        id: ids[index],
        // Every index here is partial on deleted_at IS NULL: say so, or the planner scans the table.
        sequence: trx.raw(
          `(SELECT coalesce(max(sequence), 0) + ? FROM stored_value_entry WHERE account_id = ? AND deleted_at IS NULL)`,
          [index + 1, accountId]
        ),
        operation_id: entry.operation_id,
        account_id: accountId,
        type: entry.type,
        ...moneyColumns("principal_amount", entry.principal_amount),
        ...moneyColumns("bonus_amount", entry.bonus_amount),
        ...moneyColumns("principal_balance_after", entry.principal_balance_after),
        ...moneyColumns("bonus_balance_after", entry.bonus_balance_after),
        currency_code: entry.currency_code,
        customer_id: entry.customer_id,
        branch_id: context.branch_id ?? null,
        staff_member_id: context.staff_member_id ?? null,
        reference_type: context.reference_type ?? null,
        reference_id: context.reference_id ?? null,
        payment_method: context.payment_method ?? null,
        reason: context.reason ?? null,
        created_by: context.created_by ?? null,
        reverses_entry_id: entry.reverses_entry_id,
      }
    })
  )
  return { insert, ids }
}

/** An operation's entries, in ledger order. */
export async function entriesOfOperation(
  knex: Knex,
  operationId: string
): Promise<StoredValueEntryDTO[]> {
  return await knex("stored_value_entry")
    .select(
      "id",
      "type",
      "principal_amount",
      "bonus_amount",
      "principal_balance_after",
      "bonus_balance_after",
      "reverses_entry_id"
    )
    .where({ operation_id: operationId })
    .whereNull("deleted_at")
    .orderBy("sequence")
}

/** What an operation's entries moved, signed. */
export async function sumOfOperation(knex: Knex, operationId: string): Promise<LedgerSums> {
  const row = await knex("stored_value_entry")
    .select(
      knex.raw("coalesce(sum(principal_amount), 0)::text as principal"),
      knex.raw("coalesce(sum(bonus_amount), 0)::text as bonus")
    )
    .where({ operation_id: operationId })
    .whereNull("deleted_at")
    .first()
  return { principal: row.principal as string, bonus: row.bonus as string }
}

/** What refunds and reversals of an operation have already given back (positive for a spend). */
export async function sumUndone(knex: Knex, operationId: string): Promise<LedgerSums> {
  const row = await knex("stored_value_entry as e")
    .join("stored_value_operation as o", "o.id", "e.operation_id")
    .select(
      knex.raw("coalesce(sum(e.principal_amount), 0)::text as principal"),
      knex.raw("coalesce(sum(e.bonus_amount), 0)::text as bonus")
    )
    .where("o.target_operation_id", operationId)
    .whereIn("o.kind", ["refund", "reversal"])
    .whereNull("o.deleted_at")
    .whereNull("e.deleted_at")
    .first()
  return { principal: row.principal as string, bonus: row.bonus as string }
}

/** Entries (at most 100) whose balances-after do not follow from the entries before them. */
export async function brokenChainEntries(
  knex: Knex,
  accountId?: string
): Promise<{ account_id: string; id: string }[]> {
  const { rows } = (await knex.raw(
    `SELECT account_id, id FROM (
       SELECT account_id, id, principal_balance_after, bonus_balance_after,
              sum(principal_amount) OVER w AS running_principal, sum(bonus_amount) OVER w AS running_bonus
       FROM stored_value_entry WHERE deleted_at IS NULL ${accountId ? "AND account_id = ?" : ""}
       WINDOW w AS (PARTITION BY account_id ORDER BY sequence ROWS UNBOUNDED PRECEDING)
     ) t WHERE running_principal <> principal_balance_after OR running_bonus <> bonus_balance_after LIMIT 100`,
    accountId ? [accountId] : []
  )) as { rows: { account_id: string; id: string }[] }
  return rows
}
