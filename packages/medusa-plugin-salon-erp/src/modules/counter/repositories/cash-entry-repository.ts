import { generateEntityId } from "@medusajs/framework/utils"
import { CASH_ENTRY_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { canonical, moneyColumns } from "../lib/money"
import type { CounterCashEntryRow } from "../types"

/** What an idempotency key points at: the entry written under it and its request's hash. */
export type KeyedEntry = { id: string; shift_id: string; kind: string; fingerprint: string }

export type NewCashEntry = Omit<CounterCashEntryRow, "id" | "created_at"> & { fingerprint: string }

export async function findEntryByKey(knex: Knex, key: string): Promise<KeyedEntry | null> {
  const [entry] = (await knex("counter_cash_entry")
    .select("id", "shift_id", "kind", "fingerprint")
    .where({ idempotency_key: key })
    .whereNull("deleted_at")) as KeyedEntry[]
  return entry ?? null
}

/** Appends an entry; null when a concurrent request took its idempotency key first. */
export async function insertCashEntry(
  trx: Knex,
  entry: NewCashEntry
): Promise<CounterCashEntryRow | null> {
  const money = moneyColumns("amount", entry.amount)
  const { rows } = (await trx.raw(
    `INSERT INTO counter_cash_entry
       (id, shift_id, kind, amount, raw_amount, reason, created_by, idempotency_key, fingerprint)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id, shift_id, kind, amount::text AS amount, reason, created_by, idempotency_key, created_at`,
    [
      generateEntityId(undefined, CASH_ENTRY_ID_PREFIX),
      entry.shift_id,
      entry.kind,
      money.amount,
      money.raw_amount,
      entry.reason,
      entry.created_by,
      entry.idempotency_key,
      entry.fingerprint,
    ]
  )) as { rows: CounterCashEntryRow[] }
  return rows[0] ?? null
}

/** The drawer's cash now: the sum of the shift's entries other than corrections. */
export async function drawerCash(trx: Knex, shiftId: string): Promise<string> {
  const [row] = (await trx("counter_cash_entry")
    .select(trx.raw("coalesce(sum(amount), 0)::text AS cash"))
    .where({ shift_id: shiftId })
    .whereNot({ kind: "correction" })
    .whereNull("deleted_at")) as { cash: string }[]
  return canonical(row.cash)
}
