import { complaintRow, satisfactionRow } from "../lib/analytics"
import { ACTIVE } from "../lib/complaints"
import type { Knex } from "../lib/db"
import type {
  AggregateRow,
  AnalyticsInterval,
  ComplaintAnalyticsQuery,
  ComplaintAnalyticsRow,
  SatisfactionAnalyticsQuery,
  SatisfactionAnalyticsRow,
} from "../types"

/** SQL for the start of a period, from a "YYYY-MM-DD" text column (never built from user input). */
const PERIOD_SQL: Record<AnalyticsInterval, (column: string) => string> = {
  day: (column) => column,
  week: (column) => `to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`,
  month: (column) => `left(${column}, 7) || '-01'`,
}

const COMPLAINT_GROUP_SQL = {
  category: "category_id",
  branch: "branch_id",
  staff_member: "staff_member_id",
  severity: "severity",
  channel: "channel",
} as const

type Report<T> = { rows: T[]; totals: T }

/** Complaint counts, SLA outcomes and averages per group and/or period, and in total. */
export async function complaintReport(
  knex: Knex,
  query: ComplaintAnalyticsQuery
): Promise<Report<ComplaintAnalyticsRow>> {
  const key = query.group_by ? COMPLAINT_GROUP_SQL[query.group_by] : "NULL"
  const period = query.interval ? PERIOD_SQL[query.interval]("reported_on") : "NULL"
  const active = ACTIVE.map((status) => `'${status}'`).join(", ")
  const measures = `
      count(*)::int AS complaints,
      count(*) FILTER (WHERE status IN (${active}))::int AS open,
      count(*) FILTER (WHERE status IN ('resolved', 'closed'))::int AS resolved,
      count(*) FILTER (WHERE reopen_count > 0)::int AS reopened,
      count(first_response_met)::int AS first_response_measured,
      count(*) FILTER (WHERE first_response_met)::int AS first_response_met,
      count(resolution_met)::int AS resolution_measured,
      count(*) FILTER (WHERE resolution_met)::int AS resolution_met,
      avg(first_response_minutes) AS avg_first_response_minutes,
      avg(resolution_minutes) FILTER (WHERE status IN ('resolved', 'closed')) AS avg_resolution_minutes,
      avg(resolution_rating) AS avg_resolution_rating`
  const filtered = () => {
    const builder = knex("complaint")
      .whereNull("deleted_at")
      .whereBetween("reported_on", [query.from, query.to])
    if (query.branch_id?.length) builder.whereIn("branch_id", query.branch_id)
    if (query.category_id?.length) builder.whereIn("category_id", query.category_id)
    if (query.staff_member_id?.length) builder.whereIn("staff_member_id", query.staff_member_id)
    return builder
  }
  const [rows, [totals]]: [AggregateRow[], AggregateRow[]] = await Promise.all([
    filtered()
      .select(knex.raw(`${key} AS key, ${period} AS period, ${measures}`))
      .groupByRaw("1, 2")
      .orderByRaw("2 NULLS FIRST, 3 DESC, 1"),
    filtered().select(knex.raw(`NULL AS key, NULL AS period, ${measures}`)),
  ])
  return { rows: rows.map(complaintRow), totals: complaintRow(totals) }
}

/**
 * Satisfaction sums per group and/or period of the service date, and in total, from the daily
 * stats: per staff member rows when grouped by or filtered on staff, branch rows otherwise.
 */
export async function satisfactionReport(
  knex: Knex,
  query: SatisfactionAnalyticsQuery
): Promise<Report<SatisfactionAnalyticsRow>> {
  const period = query.interval ? PERIOD_SQL[query.interval]("service_date") : "NULL"
  const measures = `
      sum(responses)::int AS responses,
      sum(technique_sum)::float / nullif(sum(responses), 0) AS avg_technique,
      sum(attitude_sum)::float / nullif(sum(responses), 0) AS avg_attitude,
      sum(environment_sum)::float / nullif(sum(responses), 0) AS avg_environment,
      sum(result_sum)::float / nullif(sum(responses), 0) AS avg_result,
      (sum(technique_sum) + sum(attitude_sum) + sum(environment_sum) + sum(result_sum))::float
        / nullif(4 * sum(responses), 0) AS avg_overall,
      sum(promoters)::int AS promoters,
      sum(passives)::int AS passives,
      sum(detractors)::int AS detractors,
      sum(low_scores)::int AS low_scores`
  const staffFilter = !!query.staff_member_id?.length
  const stats = (perStaff: boolean) => {
    const builder = knex("satisfaction_daily_stat")
      .whereNull("deleted_at")
      .whereBetween("service_date", [query.from, query.to])
    if (perStaff) builder.whereNotNull("staff_member_id")
    else builder.whereNull("staff_member_id")
    if (query.branch_id?.length) builder.whereIn("branch_id", query.branch_id)
    if (query.staff_member_id?.length) builder.whereIn("staff_member_id", query.staff_member_id)
    return builder
  }
  const key =
    query.group_by === "staff_member"
      ? "staff_member_id"
      : query.group_by === "branch"
        ? "branch_id"
        : "NULL"
  const perStaff = query.group_by === "staff_member" || staffFilter
  const [rows, [totals]]: [AggregateRow[], AggregateRow[]] = await Promise.all([
    stats(perStaff)
      .select(knex.raw(`${key} AS key, ${period} AS period, ${measures}`))
      .groupByRaw("1, 2")
      .orderByRaw("2 NULLS FIRST, 3 DESC, 1"),
    stats(staffFilter).select(knex.raw(`NULL AS key, NULL AS period, ${measures}`)),
  ])
  return { rows: rows.map(satisfactionRow), totals: satisfactionRow(totals) }
}
