import { z } from "@medusajs/framework/zod"

/** A number between `min` and `max` (refinements keep these messages in Medusa's 400s). */
const bounded = (name: string, min: number, max: number, integer: boolean) =>
  z
    .number({ message: `rule.${name} must be a number` })
    .refine((value) => !integer || Number.isInteger(value), `rule.${name} must be a whole number`)
    .refine((value) => value >= min, `rule.${name} must be at least ${min}`)
    .refine((value) => value <= max, `rule.${name} is at most ${max}`)

const days = (name: string) => bounded(name, 1, 3650, true)

/** The rule of an automatic tag, by `type`; defaults are filled in. */
export const TagRule = z.discriminatedUnion(
  "type",
  [
    z
      .object({
        type: z.literal("high_value"),
        window_days: days("window_days"),
        min_spend: z
          .number({ message: "rule.min_spend must be an amount in major units" })
          .refine((value) => value > 0, "rule.min_spend must be above 0")
          .refine((value) => value <= 1_000_000_000, "rule.min_spend is at most 1000000000"),
        currency_code: z
          .string({ message: "rule.currency_code must be a currency code, e.g. cny" })
          .regex(/^[a-zA-Z]{3}$/, "rule.currency_code must be a 3-letter currency code, e.g. cny")
          .transform((code) => code.toLowerCase()),
      })
      .strict(),
    z.object({ type: z.literal("new_client"), days: days("days").default(30) }).strict(),
    z.object({ type: z.literal("dormant"), days: days("days") }).strict(),
    z.object({ type: z.literal("birthday_month") }).strict(),
    z
      .object({
        type: z.literal("churn_warning"),
        factor: bounded("factor", 1, 10, false).default(1.5),
        min_visits: bounded("min_visits", 2, 100, true).default(3),
      })
      .strict(),
  ],
  {
    error:
      "rule.type must be one of: high_value, new_client, dormant, birthday_month, churn_warning",
  }
)
export type TagRuleType = z.infer<typeof TagRule>

/** Options of one recomputation: its clock and, for a per-customer run, the customers. */
export type RuleScope = { now: Date; customer_ids?: string[] }

type Sql = { sql: string; bindings: unknown[] }

/** `AND <column> = ANY(…)` when the run is for some customers only (bound as one text array). */
export function customerFilter(column: string, scope: RuleScope): Sql {
  return scope.customer_ids
    ? { sql: ` AND ${column} = ANY(?::text[])`, bindings: [scope.customer_ids] }
    : { sql: "", bindings: [] }
}

/** When a completed appointment happened. */
const VISIT_AT = "coalesce(a.completed_at, a.starts_at)"

/** A numeric total of an order summary (`totals` holds numbers or `{ value }` objects). */
const summaryTotal = (key: string) =>
  `(CASE jsonb_typeof(s.totals -> '${key}') WHEN 'object' THEN s.totals -> '${key}' ->> 'value' ELSE s.totals ->> '${key}' END)::numeric`

/** Spend of an order: its current total (after edits, returns and claims). */
export const ORDER_SPEND = summaryTotal("current_order_total")

/** Orders that count as spend: placed (not draft), not canceled, with their latest summary. */
export const SPEND_ORDERS = `"order" o
  JOIN LATERAL (SELECT totals FROM order_summary s WHERE s.order_id = o.id AND s.deleted_at IS NULL
    ORDER BY s.version DESC LIMIT 1) s ON true
  WHERE o.deleted_at IS NULL AND o.canceled_at IS NULL AND o.status NOT IN ('canceled', 'draft')
    AND o.is_draft_order = false AND o.customer_id IS NOT NULL`

/**
 * The SQL selecting the customer ids (`customer_id`) that satisfy a rule, set-based (one
 * statement for all customers, or the scope's customers only).
 */
export function ruleMembersSql(rule: TagRuleType, scope: RuleScope): Sql {
  const now = scope.now.toISOString()
  const c = customerFilter("c.id", scope)
  const a = customerFilter("a.customer_id", scope)
  switch (rule.type) {
    case "high_value":
      return {
        sql: `SELECT o.customer_id FROM ${SPEND_ORDERS}
            AND lower(o.currency_code) = ? AND o.created_at > ?::timestamptz - make_interval(days => ?)
            AND o.created_at <= ?::timestamptz${customerFilter("o.customer_id", scope).sql}
            AND EXISTS (SELECT 1 FROM customer c WHERE c.id = o.customer_id AND c.deleted_at IS NULL)
          GROUP BY o.customer_id HAVING sum(${ORDER_SPEND}) >= ?`,
        bindings: [
          rule.currency_code,
          now,
          rule.window_days,
          now,
          ...customerFilter("o.customer_id", scope).bindings,
          rule.min_spend,
        ],
      }
    case "new_client":
      return {
        sql: `SELECT c.id AS customer_id FROM customer c
          LEFT JOIN (SELECT a.customer_id, min(${VISIT_AT}) AS first_at FROM appointment a
            WHERE a.status = 'completed' AND a.deleted_at IS NULL${a.sql} GROUP BY a.customer_id) v
            ON v.customer_id = c.id
          WHERE c.deleted_at IS NULL${c.sql}
            AND coalesce(v.first_at, c.created_at) > ?::timestamptz - make_interval(days => ?)`,
        bindings: [...a.bindings, ...c.bindings, now, rule.days],
      }
    case "dormant":
      return {
        sql: `SELECT a.customer_id FROM appointment a
          WHERE a.status = 'completed' AND a.deleted_at IS NULL${a.sql}
            AND EXISTS (SELECT 1 FROM customer c WHERE c.id = a.customer_id AND c.deleted_at IS NULL)
          GROUP BY a.customer_id
          HAVING max(${VISIT_AT}) <= ?::timestamptz - make_interval(days => ?)`,
        bindings: [...a.bindings, now, rule.days],
      }
    case "birthday_month":
      return {
        sql: `SELECT p.customer_id FROM client_profile p
          JOIN customer c ON c.id = p.customer_id AND c.deleted_at IS NULL
          WHERE p.deleted_at IS NULL AND p.birthday ~ '^\\d{4}-\\d{2}-\\d{2}$'${c.sql}
            AND substr(p.birthday, 6, 2)::int = ?`,
        bindings: [...c.bindings, scope.now.getUTCMonth() + 1],
      }
    case "churn_warning":
      // Per service category: her visits that included a service of the category.
      return {
        sql: `SELECT DISTINCT g.customer_id FROM (
            SELECT v.customer_id, v.category, count(*) AS visits, min(v.at) AS first_at, max(v.at) AS last_at
            FROM (
              SELECT a.customer_id, coalesce(ss.category, 'other') AS category, max(${VISIT_AT}) AS at
              FROM appointment a
              JOIN appointment_item i ON i.appointment_id = a.id AND i.deleted_at IS NULL
              LEFT JOIN salon_service ss ON ss.id = i.salon_service_id
              WHERE a.status = 'completed' AND a.deleted_at IS NULL${a.sql}
              GROUP BY a.customer_id, a.id, coalesce(ss.category, 'other')
            ) v GROUP BY v.customer_id, v.category
          ) g
          JOIN customer c ON c.id = g.customer_id AND c.deleted_at IS NULL
          WHERE g.visits >= ? AND g.last_at > g.first_at
            AND extract(epoch FROM ?::timestamptz - g.last_at)
              > ? * extract(epoch FROM g.last_at - g.first_at) / (g.visits - 1)`,
        bindings: [...a.bindings, rule.min_visits, now, rule.factor],
      }
  }
}

/**
 * The RFM segment of a customer from her scores (1–5); `isNew` when her first visit or order
 * was in the last 30 days. Mirrored by `RFM_SEGMENT_SQL`.
 */
export function rfmSegment(r: number, f: number, m: number, isNew: boolean) {
  if (isNew) return "new"
  if (r >= 4 && f >= 4 && m >= 4) return "champions"
  if (r >= 3 && f >= 4) return "loyal"
  if (r <= 2 && (f >= 3 || m >= 4)) return "at_risk"
  if (r <= 2) return "hibernating"
  return "potential"
}

/** `rfmSegment` in SQL, over columns `r`, `f`, `m` and `is_new`. */
export const RFM_SEGMENT_SQL = `CASE
  WHEN is_new THEN 'new'
  WHEN r >= 4 AND f >= 4 AND m >= 4 THEN 'champions'
  WHEN r >= 3 AND f >= 4 THEN 'loyal'
  WHEN r <= 2 AND (f >= 3 OR m >= 4) THEN 'at_risk'
  WHEN r <= 2 THEN 'hibernating'
  ELSE 'potential' END`

/**
 * A quintile score 1–5 from a percent rank: `below` of the `others` customers have a worse value
 * (ties share a score). Mirrors the SQL of `ClientModuleService.recomputeRfm`.
 */
export function quintileScore(below: number, others: number) {
  return Math.min(5, 1 + Math.floor((5 * below) / Math.max(others, 1)))
}
