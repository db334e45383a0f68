import { generateEntityId } from "@medusajs/framework/utils"
import { OPERATION_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import * as errors from "../lib/errors"
import { keyAfterUndone } from "../lib/idempotency"
import type { OperationWithAccount } from "../lib/results"
import type {
  KeyedOperation,
  StoredValueAccountState,
  StoredValueOperationKind,
  TargetOperation,
} from "../types"
import { ACCOUNT_STATE_COLUMNS } from "./account-repository"

export type NewOperation = {
  idempotency_key: string
  kind: StoredValueOperationKind
  account_id: string
  fingerprint: Record<string, unknown>
  target_operation_id?: string | null
}

/**
 * Claims the idempotency key with a new operation; null when the key is taken. A concurrent
 * first attempt with the same key makes this wait, then insert nothing.
 */
export async function claimOperation(trx: Knex, operation: NewOperation): Promise<string | null> {
  const { rows } = (await trx.raw(
    `INSERT INTO stored_value_operation (id, idempotency_key, kind, account_id, fingerprint, target_operation_id)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
    [
      generateEntityId(undefined, OPERATION_ID_PREFIX),
      operation.idempotency_key,
      operation.kind,
      operation.account_id,
      JSON.stringify(operation.fingerprint),
      operation.target_operation_id ?? null,
    ]
  )) as { rows: { id: string }[] }
  return rows[0]?.id ?? null
}

type KeyedRow = KeyedOperation & { idempotency_key: string; undone: boolean }

const LOOKUP_BATCH = 1000

/**
 * For each idempotency key: the operation written under it, and the key a new operation of that
 * request is written under. An operation undone by compensation (its request failed as a whole)
 * does not hold its key: the request's retry goes under `<key>:after:<undone id>`, so it moves
 * the value again, once, and the ledger keeps the undone operation with its reversal.
 */
export async function findLiveOperations(
  knex: Knex,
  keys: string[]
): Promise<Map<string, { key: string; operation: KeyedOperation | null }>> {
  const found = new Map(keys.map((key) => [key, { key, operation: null as KeyedOperation | null }]))
  let pending = [...found.keys()]
  while (pending.length) {
    const next: string[] = []
    for (let start = 0; start < pending.length; start += LOOKUP_BATCH) {
      const batch = pending.slice(start, start + LOOKUP_BATCH)
      const rows = (await knex("stored_value_operation as o")
        .select(
          "o.id",
          "o.idempotency_key",
          "o.kind",
          "o.fingerprint",
          knex.raw(
            `EXISTS (SELECT 1 FROM stored_value_operation c WHERE c.idempotency_key = 'compensate:' || o.id AND c.deleted_at IS NULL) AS undone`
          )
        )
        .whereIn(
          "o.idempotency_key",
          batch.map((key) => found.get(key)!.key)
        )
        .whereNull("o.deleted_at")) as KeyedRow[]
      const byKey = new Map(rows.map((row) => [row.idempotency_key, row]))
      for (const original of batch) {
        const entry = found.get(original)!
        const row = byKey.get(entry.key)
        if (!row) continue
        if (row.undone) {
          entry.key = keyAfterUndone(original, row.id)
          next.push(original)
          continue
        }
        entry.operation = {
          id: row.id,
          kind: row.kind,
          fingerprint:
            typeof row.fingerprint === "string" ? JSON.parse(row.fingerprint) : row.fingerprint,
        }
      }
    }
    pending = next
  }
  return found
}

/** An operation with its account as it is now (what a replayed result reports). */
export async function findOperationWithAccount(
  knex: Knex,
  id: string
): Promise<{ operation: OperationWithAccount; account: StoredValueAccountState }> {
  const row = (await knex("stored_value_operation as o")
    .join("stored_value_account as a", "a.id", "o.account_id")
    .select(
      "o.id as operation_id",
      "o.kind as operation_kind",
      ...ACCOUNT_STATE_COLUMNS.map((column) => `a.${column}`)
    )
    .where("o.id", id)
    .first()) as StoredValueAccountState & {
    operation_id: string
    operation_kind: StoredValueOperationKind
  }
  const { operation_id, operation_kind, ...account } = row
  return {
    operation: {
      id: operation_id,
      kind: operation_kind,
      account_id: account.id,
      customer_id: account.customer_id,
      currency_code: account.currency_code,
      principal_balance: account.principal_balance,
      bonus_balance: account.bonus_balance,
    },
    account,
  }
}

/** An operation to refund or reverse, with its account's currency and its entries' ids. */
export async function loadTargetOperation(knex: Knex, id: string): Promise<TargetOperation> {
  const operation = (await knex("stored_value_operation as o")
    .join("stored_value_account as a", "a.id", "o.account_id")
    .select("o.id", "o.kind", "o.account_id", "a.currency_code")
    .where("o.id", id)
    .whereNull("o.deleted_at")
    .first()) as Omit<TargetOperation, "entry_ids"> | undefined
  if (!operation) throw errors.operationNotFound(id)
  const entries = (await knex("stored_value_entry")
    .select("id")
    .where({ operation_id: id })
    .whereNull("deleted_at")
    .orderBy("id")) as { id: string }[]
  return { ...operation, entry_ids: entries.map((entry) => entry.id) }
}

/** Operations of a kind whose entries point at a reference, with the sums they moved. */
export async function operationsByReference(
  knex: Knex,
  filter: { kind: StoredValueOperationKind; reference_type: string; reference_id: string }
): Promise<
  {
    id: string
    account_id: string
    currency_code: string
    customer_id: string
    principal: string
    bonus: string
  }[]
> {
  return await knex("stored_value_operation as o")
    .join("stored_value_entry as e", "e.operation_id", "o.id")
    .select(
      "o.id",
      "o.account_id",
      "e.currency_code",
      "e.customer_id",
      knex.raw("sum(e.principal_amount)::text as principal"),
      knex.raw("sum(e.bonus_amount)::text as bonus")
    )
    .where({
      "o.kind": filter.kind,
      "e.reference_type": filter.reference_type,
      "e.reference_id": filter.reference_id,
    })
    .whereNull("e.deleted_at")
    .groupBy("o.id", "o.account_id", "e.currency_code", "e.customer_id")
    .orderBy("o.id")
}
