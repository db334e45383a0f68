import { CLIENT_RFM_ID_PREFIX } from "../lib/constants"
import { sqlId, type Knex } from "../lib/db"
import { rawAmount } from "../lib/money"
import {
  LIVE_CUSTOMER,
  RFM_SEGMENT_SQL,
  type RuleScope,
  SPEND_ORDERS,
  customerFilter,
} from "../lib/tag-rules"

/** A `client_rfm` row as stored (the compensation of an RFM upsert restores these). */
export type ClientRfmRow = {
  id: string
  customer_id: string
  recency_days: number
  frequency: number
  monetary: string
  r_score: number
  f_score: number
  m_score: number
  segment: string
  computed_at: Date
  created_at: Date
}

const RFM_COLUMNS = [
  "id",
  "customer_id",
  "recency_days",
  "frequency",
  "monetary",
  "r_score",
  "f_score",
  "m_score",
  "segment",
  "computed_at",
  "created_at",
] as const

/** The scope's stored RFM rows. */
export async function listRfmRows(knex: Knex, scope: RuleScope): Promise<ClientRfmRow[]> {
  const r = customerFilter("r.customer_id", scope)
  const { rows } = await knex.raw(
    `SELECT ${RFM_COLUMNS.join(", ")} FROM client_rfm r WHERE r.deleted_at IS NULL${r.sql}`,
    r.bindings
  )
  return rows
}

/**
 * Upserts the RFM rows of every customer (of the scope) with a completed visit or a spend order
 * on the read model, and deletes the rows of those without. Returns how many were written.
 */
export async function upsertRfmRows(knex: Knex, scope: RuleScope): Promise<number> {
  const now = scope.now.toISOString()
  const a = customerFilter("a.customer_id", scope)
  const o = customerFilter("o.customer_id", scope)
  const c = customerFilter("c.customer_id", scope)
  const r = customerFilter("r.customer_id", scope)
  // Quintile scores: 1 + floor(5 × percent rank), higher being better (fewer days since the
  // last visit, more visits, more spend); ties share a score.
  const scored = scope.customer_ids
    ? `SELECT x.*,
        least(5, 1 + floor(5.0 * p.r_below / greatest(p.n, 1)))::int AS r,
        least(5, 1 + floor(5.0 * p.f_below / greatest(p.n, 1)))::int AS f,
        least(5, 1 + floor(5.0 * p.m_below / greatest(p.n, 1)))::int AS m
      FROM raw x CROSS JOIN LATERAL (
        SELECT count(*) AS n,
          count(*) FILTER (WHERE o.recency_days > x.recency_days) AS r_below,
          count(*) FILTER (WHERE o.frequency < x.frequency) AS f_below,
          count(*) FILTER (WHERE o.monetary < x.monetary) AS m_below
        FROM client_rfm o WHERE o.deleted_at IS NULL AND o.customer_id <> x.customer_id) p`
    : `SELECT x.*,
        least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY x.recency_days DESC)))::int AS r,
        least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY x.frequency)))::int AS f,
        least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY x.monetary)))::int AS m
      FROM raw x`
  const { rows } = await knex.raw(
    `WITH visits AS (
      SELECT a.customer_id, min(a.visited_at) AS first_at, max(a.visited_at) AS last_at,
        count(*) FILTER (WHERE a.visited_at > ?::timestamptz - interval '365 days') AS frequency
      FROM client_visit_fact a WHERE a.deleted_at IS NULL${a.sql}
      GROUP BY a.customer_id),
    spend AS (
      SELECT o.customer_id, min(o.placed_at) AS first_at, max(o.placed_at) AS last_at,
        coalesce(sum(o.spend) FILTER (WHERE o.placed_at > ?::timestamptz - interval '365 days'), 0) AS monetary
      FROM ${SPEND_ORDERS}${o.sql}
      GROUP BY o.customer_id),
    raw AS MATERIALIZED (
      SELECT c.customer_id,
        greatest(0, floor(extract(epoch FROM ?::timestamptz - greatest(v.last_at, s.last_at)) / 86400))::int AS recency_days,
        coalesce(v.frequency, 0)::int AS frequency, coalesce(s.monetary, 0) AS monetary,
        least(v.first_at, s.first_at) > ?::timestamptz - interval '30 days' AS is_new
      FROM client_customer_fact c LEFT JOIN visits v ON v.customer_id = c.customer_id
        LEFT JOIN spend s ON s.customer_id = c.customer_id
      WHERE ${LIVE_CUSTOMER}${c.sql} AND (v.customer_id IS NOT NULL OR s.customer_id IS NOT NULL)),
    scored AS (${scored}),
    upserted AS (
      INSERT INTO client_rfm (id, customer_id, recency_days, frequency, monetary, raw_monetary,
        r_score, f_score, m_score, segment, computed_at, created_at, updated_at)
      SELECT ${sqlId(CLIENT_RFM_ID_PREFIX)}, customer_id, recency_days, frequency, monetary,
        jsonb_build_object('value', monetary::text, 'precision', 20), r, f, m, ${RFM_SEGMENT_SQL},
        ?::timestamptz, now(), now()
      FROM scored
      ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
        recency_days = excluded.recency_days, frequency = excluded.frequency,
        monetary = excluded.monetary, raw_monetary = excluded.raw_monetary,
        r_score = excluded.r_score, f_score = excluded.f_score, m_score = excluded.m_score,
        segment = excluded.segment, computed_at = excluded.computed_at, updated_at = now()
      RETURNING customer_id),
    gone AS (
      DELETE FROM client_rfm r WHERE r.deleted_at IS NULL${r.sql}
        AND NOT EXISTS (SELECT 1 FROM raw x WHERE x.customer_id = r.customer_id)
      RETURNING r.id)
    SELECT (SELECT count(*) FROM upserted)::int AS updated, (SELECT count(*) FROM gone)::int AS deleted`,
    [now, ...a.bindings, now, ...o.bindings, now, now, ...c.bindings, now, ...r.bindings]
  )
  return rows[0].updated
}

/** Undoes `upsertRfmRows`: the scope's rows become `previous` again. */
export async function restoreRfmRows(
  knex: Knex,
  scope: Pick<RuleScope, "customer_ids">,
  previous: ClientRfmRow[]
): Promise<void> {
  const r = customerFilter("r.customer_id", { now: new Date(), ...scope })
  await knex.raw(`DELETE FROM client_rfm r WHERE r.deleted_at IS NULL${r.sql}`, r.bindings)
  for (let start = 0; start < previous.length; start += 5000) {
    await knex("client_rfm").insert(
      previous.slice(start, start + 5000).map((row) => ({
        ...row,
        raw_monetary: rawAmount(row.monetary),
      }))
    )
  }
}
