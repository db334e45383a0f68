import { generateEntityId } from "@medusajs/framework/utils"
import {
  CLIENT_CUSTOMER_FACT_ID_PREFIX,
  CLIENT_ORDER_FACT_ID_PREFIX,
  CLIENT_VISIT_FACT_ID_PREFIX,
} from "../lib/constants"
import type { Knex } from "../lib/db"
import { type Amount, moneyColumns } from "../lib/money"

/** A customer as the rules need her. */
export type CustomerFact = {
  customer_id: string
  customer_created_at: Date
  is_deleted: boolean
  email_key: string | null
  phone_key: string | null
  has_account: boolean
}
/** A completed visit. */
export type VisitFact = {
  appointment_id: string
  customer_id: string
  visited_at: Date
  categories: string[]
}
/** A placed order and its current spend. */
export type OrderFact = {
  order_id: string
  customer_id: string
  currency_code: string
  placed_at: Date
  spend: Amount
  is_canceled: boolean
}
export type FactRows = { customer: CustomerFact; visit: VisitFact; order: OrderFact }
export type FactKind = keyof FactRows

/** What writing facts did: rows new, rows whose values changed, rows already as given. */
export type FactWriteCounts = { inserted: number; updated: number; unchanged: number }

type FactTable = {
  table: string
  /** The source id the row is keyed by. */
  key: string
  prefix: string
  /** Compared columns and their types (the key included). */
  columns: Record<string, string>
  /** Stored but not compared (the raw twin of a bigNumber), written from JSON text. */
  raw?: string[]
}

export const FACT_TABLES: Record<FactKind, FactTable> = {
  customer: {
    table: "client_customer_fact",
    key: "customer_id",
    prefix: CLIENT_CUSTOMER_FACT_ID_PREFIX,
    columns: {
      customer_id: "text",
      customer_created_at: "timestamptz",
      is_deleted: "boolean",
      email_key: "text",
      phone_key: "text",
      has_account: "boolean",
    },
  },
  visit: {
    table: "client_visit_fact",
    key: "appointment_id",
    prefix: CLIENT_VISIT_FACT_ID_PREFIX,
    columns: {
      appointment_id: "text",
      customer_id: "text",
      visited_at: "timestamptz",
      categories: "text[]",
    },
  },
  order: {
    table: "client_order_fact",
    key: "order_id",
    prefix: CLIENT_ORDER_FACT_ID_PREFIX,
    columns: {
      order_id: "text",
      customer_id: "text",
      currency_code: "text",
      placed_at: "timestamptz",
      spend: "numeric",
      is_canceled: "boolean",
    },
    raw: ["raw_spend"],
  },
}

const CHUNK = 2000

/** A row as JSON for `jsonb_to_recordset`: bigNumbers with their raw twin. */
function toRecord(kind: FactKind, row: FactRows[FactKind]) {
  const record: Record<string, unknown> = { ...row }
  if (kind === "order") Object.assign(record, moneyColumns("spend", (row as OrderFact).spend))
  record.id = generateEntityId(undefined, FACT_TABLES[kind].prefix)
  return record
}

/**
 * Upserts facts keyed by their source id (a later write of the same source replaces the row),
 * stamping them `syncedAt`. Rows given twice count once (the last wins). Counts what changed
 * against the stored rows, which the rebuild reports.
 */
export async function upsertFacts<K extends FactKind>(
  knex: Knex,
  kind: K,
  rows: FactRows[K][],
  syncedAt: Date
): Promise<FactWriteCounts> {
  const spec = FACT_TABLES[kind]
  const unique = [
    ...new Map(rows.map((row) => [String(row[spec.key as keyof FactRows[K]]), row])).values(),
  ]
  const counts: FactWriteCounts = { inserted: 0, updated: 0, unchanged: 0 }
  const names = Object.keys(spec.columns)
  const raw = spec.raw ?? []
  const recordType = [
    "id text",
    ...names.map((name) => `${name} ${spec.columns[name]}`),
    ...raw.map((name) => `${name} text`),
  ].join(", ")
  const compared = (alias: string) => `(${names.map((name) => `${alias}.${name}`).join(", ")})`
  for (let start = 0; start < unique.length; start += CHUNK) {
    const records = unique.slice(start, start + CHUNK).map((row) => toRecord(kind, row))
    const { rows: result } = await knex.raw(
      `WITH incoming AS (SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(${recordType})),
      previous AS (
        SELECT f.* FROM ${spec.table} f JOIN incoming i ON i.${spec.key} = f.${spec.key}
        WHERE f.deleted_at IS NULL),
      written AS (
        INSERT INTO ${spec.table} (id, ${[...names, ...raw].join(", ")}, synced_at, created_at, updated_at)
        SELECT id, ${[...names, ...raw.map((name) => `${name}::jsonb`)].join(", ")}, ?::timestamptz, now(), now()
        FROM incoming
        ON CONFLICT (${spec.key}) WHERE deleted_at IS NULL DO UPDATE SET
          ${[...names, ...raw, "synced_at"].map((name) => `${name} = excluded.${name}`).join(", ")},
          updated_at = now()
        RETURNING 1)
      SELECT count(*) FILTER (WHERE p.id IS NULL)::int AS inserted,
        count(*) FILTER (WHERE p.id IS NOT NULL AND ${compared("p")} IS DISTINCT FROM ${compared("i")})::int AS updated,
        (SELECT count(*) FROM written)::int AS written
      FROM incoming i LEFT JOIN previous p ON p.${spec.key} = i.${spec.key}`,
      [JSON.stringify(records), syncedAt.toISOString()]
    )
    counts.inserted += result[0].inserted
    counts.updated += result[0].updated
    counts.unchanged += records.length - result[0].inserted - result[0].updated
  }
  return counts
}

/** Deletes the facts of these source ids (an appointment no longer completed, a draft order). */
export async function deleteFacts(
  knex: Knex,
  kind: FactKind,
  sourceIds: string[]
): Promise<number> {
  if (!sourceIds.length) return 0
  const spec = FACT_TABLES[kind]
  const { rowCount } = await knex.raw(
    `DELETE FROM ${spec.table} WHERE ${spec.key} = ANY(?::text[])`,
    [sourceIds]
  )
  return rowCount ?? 0
}

/** Deletes the facts not written since `syncedBefore` (the rebuild did not find their source). */
export async function pruneFacts(knex: Knex, kind: FactKind, syncedBefore: Date): Promise<number> {
  const { rowCount } = await knex.raw(
    `DELETE FROM ${FACT_TABLES[kind].table} WHERE synced_at < ?::timestamptz`,
    [syncedBefore.toISOString()]
  )
  return rowCount ?? 0
}

/** A customer whose contact keys matched: her id and keys, as the read model holds them. */
export type ContactMatch = {
  customer_id: string
  email_key: string | null
  phone_key: string | null
}

/**
 * The customers (not deleted) with one of these email or phone keys, in one query: those with an
 * account first, then the oldest first.
 */
export async function findCustomersByContact(
  knex: Knex,
  emailKeys: string[],
  phoneKeys: string[]
): Promise<ContactMatch[]> {
  if (!emailKeys.length && !phoneKeys.length) return []
  const { rows } = await knex.raw(
    `SELECT customer_id, email_key, phone_key FROM client_customer_fact
      WHERE deleted_at IS NULL AND NOT is_deleted
        AND (email_key = ANY(?::text[]) OR phone_key = ANY(?::text[]))
      ORDER BY has_account DESC, customer_created_at ASC, customer_id ASC`,
    [emailKeys, phoneKeys]
  )
  return rows as ContactMatch[]
}
