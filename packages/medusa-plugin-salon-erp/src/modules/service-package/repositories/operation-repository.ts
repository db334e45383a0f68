import type { Knex } from "../lib/db"
import type { OperationRow } from "../types"

export type NewOperation = Omit<OperationRow, "data"> & {
  reason: string | null
  author_type: string
  author_id: string | null
  data: Record<string, unknown> | null
}

/**
 * Inserts an operation: the first write of its transaction, so a concurrent attempt with the
 * same key waits on the unique index and then fails instead of moving anything.
 */
export async function insertOperation(trx: Knex, operation: NewOperation) {
  await trx("package_operation").insert({
    id: operation.id,
    key_scope: operation.key_scope,
    idempotency_key: operation.idempotency_key,
    type: operation.type,
    package_id: operation.package_id,
    customer_id: operation.customer_id,
    fingerprint: operation.fingerprint,
    reason: operation.reason,
    author_type: operation.author_type,
    author_id: operation.author_id,
    data: operation.data ? JSON.stringify(operation.data) : null,
  })
}

export async function findOperation(knex: Knex, id: string): Promise<OperationRow | undefined> {
  return await knex("package_operation").select("*").where({ id }).first()
}

/** The ids of the entries an operation wrote, in id order. */
export async function entryIdsOf(knex: Knex, operationId: string): Promise<string[]> {
  const entries = await knex("package_ledger_entry")
    .select("id")
    .where({ operation_id: operationId })
    .whereNull("deleted_at")
    .orderBy("id")
  return entries.map((entry: { id: string }) => entry.id)
}

/**
 * For each idempotency key of a scope: the operation written under it, and the key a new
 * operation of that request is written under. An operation undone by compensation (its request
 * failed as a whole; a `compensate:<id>` void exists) does not hold its key: the request's retry
 * goes under `<key>:after:<undone id>`, so it runs again, once, and the ledger keeps both.
 */
export async function lookupKeys(
  knex: Knex,
  scope: string,
  keys: string[]
): Promise<Map<string, { key: string; operation: OperationRow | null }>> {
  const found = new Map(keys.map((key) => [key, { key, operation: null as OperationRow | null }]))
  let pending = [...found.keys()]
  while (pending.length) {
    const next: string[] = []
    for (let start = 0; start < pending.length; start += 1000) {
      const batch = pending.slice(start, start + 1000)
      const rows = await knex("package_operation as o")
        .select(
          "o.id",
          "o.type",
          "o.package_id",
          "o.customer_id",
          "o.fingerprint",
          "o.data",
          "o.key_scope",
          "o.idempotency_key",
          knex.raw(
            `EXISTS (SELECT 1 FROM package_operation c WHERE c.key_scope = 'system' AND c.idempotency_key = 'compensate:' || o.id AND c.deleted_at IS NULL) AS undone`
          )
        )
        .where("o.key_scope", scope)
        .whereIn(
          "o.idempotency_key",
          batch.map((key) => found.get(key)!.key)
        )
        // The indexes are partial on deleted_at IS NULL: say so, or the planner scans the table.
        .whereNull("o.deleted_at")
      const byKey = new Map(
        rows.map((row: OperationRow & { undone: boolean }) => [row.idempotency_key, row])
      )
      for (const original of batch) {
        const entry = found.get(original)!
        const row = byKey.get(entry.key)
        if (!row) continue
        if (row.undone) {
          entry.key = `${original}:after:${row.id}`
          next.push(original)
          continue
        }
        const { undone: _undone, ...operation } = row
        entry.operation = operation
      }
    }
    pending = next
  }
  return found
}
