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

/** A value bound into rule SQL: dates as ISO strings, customer ids as one text array. */
type Binding = string | number | string[]
type Sql = { sql: string; bindings: Binding[] }

/** `AND <column> = ANY(…)` when the run is for some customers only (bound as one text array). */
export function customerFilter(column: string, scope: RuleScope): Sql {
  return scope.customer_ids
    ? { sql: ` AND ${column} = ANY(?::text[])`, bindings: [scope.customer_ids] }
    : { sql: "", bindings: [] }
}

/** A customer who is not deleted, on the read model (`client_customer_fact c`). */
export const LIVE_CUSTOMER = "c.deleted_at IS NULL AND NOT c.is_deleted"

/** Orders that count as spend, on the read model (`client_order_fact o`). */
export const SPEND_ORDERS = "client_order_fact o WHERE o.deleted_at IS NULL AND NOT o.is_canceled"

/**
 * The SQL selecting the customer ids (`customer_id`) that satisfy a rule, set-based (one
 * statement for all customers, or the scope's customers only). It reads only the client
 * module's read model (`client_*_fact`, see models/) and its profiles.
 */
export function ruleMembersSql(rule: TagRuleType, scope: RuleScope): Sql {
  const now = scope.now.toISOString()
  const c = customerFilter("c.customer_id", scope)
  const a = customerFilter("a.customer_id", scope)
  const o = customerFilter("o.customer_id", scope)
  switch (rule.type) {
    case "high_value":
      return {
        sql: `SELECT o.customer_id FROM ${SPEND_ORDERS}
            AND lower(o.currency_code) = ? AND o.placed_at > ?::timestamptz - make_interval(days => ?)
            AND o.placed_at <= ?::timestamptz${o.sql}
            AND EXISTS (SELECT 1 FROM client_customer_fact c WHERE c.customer_id = o.customer_id AND ${LIVE_CUSTOMER})
          GROUP BY o.customer_id HAVING sum(o.spend) >= ?`,
        bindings: [rule.currency_code, now, rule.window_days, now, ...o.bindings, rule.min_spend],
      }
    case "new_client":
      return {
        sql: `SELECT c.customer_id FROM client_customer_fact c
          LEFT JOIN (SELECT a.customer_id, min(a.visited_at) AS first_at FROM client_visit_fact a
            WHERE a.deleted_at IS NULL${a.sql} GROUP BY a.customer_id) v
            ON v.customer_id = c.customer_id
          WHERE ${LIVE_CUSTOMER}${c.sql}
            AND coalesce(v.first_at, c.customer_created_at) > ?::timestamptz - make_interval(days => ?)`,
        bindings: [...a.bindings, ...c.bindings, now, rule.days],
      }
    case "dormant":
      return {
        sql: `SELECT a.customer_id FROM client_visit_fact a
          WHERE a.deleted_at IS NULL${a.sql}
            AND EXISTS (SELECT 1 FROM client_customer_fact c WHERE c.customer_id = a.customer_id AND ${LIVE_CUSTOMER})
          GROUP BY a.customer_id
          HAVING max(a.visited_at) <= ?::timestamptz - make_interval(days => ?)`,
        bindings: [...a.bindings, now, rule.days],
      }
    case "birthday_month":
      return {
        sql: `SELECT p.customer_id FROM client_profile p
          JOIN client_customer_fact c ON c.customer_id = p.customer_id AND ${LIVE_CUSTOMER}
          WHERE p.deleted_at IS NULL AND p.birthday ~ '^\\d{4}-\\d{2}-\\d{2}$'${c.sql}
            AND substr(p.birthday, 6, 2)::int = ?`,
        bindings: [...c.bindings, scope.now.getUTCMonth() + 1],
      }
    case "churn_warning":
      // Per service category: her visits that included a service of the category.
      return {
        sql: `SELECT DISTINCT g.customer_id FROM (
            SELECT a.customer_id, v.category, count(*) AS visits, min(a.visited_at) AS first_at,
              max(a.visited_at) AS last_at
            FROM client_visit_fact a CROSS JOIN LATERAL unnest(a.categories) AS v(category)
            WHERE a.deleted_at IS NULL${a.sql}
            GROUP BY a.customer_id, v.category
          ) g
          JOIN client_customer_fact c ON c.customer_id = g.customer_id AND ${LIVE_CUSTOMER}
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
