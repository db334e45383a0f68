import { generateEntityId } from "@medusajs/framework/utils"
import { SATISFACTION_DAILY_STAT_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"

/** Daily stat columns in insert order; the sums are added up on conflict. */
const DAILY_STAT_SUMS = [
  "responses",
  "technique_sum",
  "attitude_sum",
  "environment_sum",
  "result_sum",
  "promoters",
  "passives",
  "detractors",
  "low_scores",
]
const DAILY_STAT_COLUMNS = [
  "id",
  "service_date",
  "branch_id",
  "staff_member_id",
  ...DAILY_STAT_SUMS,
]

/**
 * Adds `deltas` (in the order of DAILY_STAT_SUMS) to the day's row of the branch and to the
 * day's row of each staff member, creating the rows that are missing.
 */
export async function addToDailyStats(
  trx: Knex,
  day: { service_date: string; branch_id: string; staff_member_ids: string[] },
  deltas: number[]
) {
  const rows = [null, ...new Set(day.staff_member_ids)].map((staffMemberId) => [
    generateEntityId(undefined, SATISFACTION_DAILY_STAT_ID_PREFIX),
    day.service_date,
    day.branch_id,
    staffMemberId,
    ...deltas,
  ])
  for (const [target, predicate] of [
    ["(service_date, branch_id)", "staff_member_id IS NULL"],
    ["(service_date, branch_id, staff_member_id)", "staff_member_id IS NOT NULL"],
  ] as const) {
    const subset = rows.filter(
      (row) => (row[3] === null) === (predicate === "staff_member_id IS NULL")
    )
    if (!subset.length) continue
    await trx.raw(
      `INSERT INTO satisfaction_daily_stat (${DAILY_STAT_COLUMNS.join(", ")})
       VALUES ${subset.map(() => `(${DAILY_STAT_COLUMNS.map(() => "?").join(", ")})`).join(", ")}
       ON CONFLICT ${target} WHERE ${predicate} AND deleted_at IS NULL
       DO UPDATE SET ${DAILY_STAT_SUMS.map((column) => `${column} = satisfaction_daily_stat.${column} + EXCLUDED.${column}`).join(", ")},
         updated_at = now()`,
      subset.flat()
    )
  }
}

/**
 * Replaces every daily stat row with sums over the answered surveys; `bands` are the NPS
 * promoter minimum and detractor maximum. Returns how many day rows it wrote.
 */
export async function rebuildDailyStats(
  trx: Knex,
  bands: { promoter: number; detractor: number }
): Promise<{ branch_days: number; staff_days: number }> {
  await trx("satisfaction_daily_stat").delete()
  const sums = `count(*), sum(technique_rating), sum(attitude_rating), sum(environment_rating),
      sum(result_rating), count(*) FILTER (WHERE nps_score >= ?),
      count(*) FILTER (WHERE nps_score > ? AND nps_score < ?),
      count(*) FILTER (WHERE nps_score <= ?), count(*) FILTER (WHERE is_low)`
  // Deterministic ids: the prefix and a hash of the row's key.
  const idPrefix = `${SATISFACTION_DAILY_STAT_ID_PREFIX}_`
  const bindings = [idPrefix, bands.promoter, bands.detractor, bands.promoter, bands.detractor]
  const columns = DAILY_STAT_COLUMNS.join(", ")
  const branchDays = await trx.raw(
    `INSERT INTO satisfaction_daily_stat (${columns})
     SELECT ?::text || md5(service_date || branch_id), service_date, branch_id, NULL, ${sums}
     FROM satisfaction_survey
     WHERE status = 'answered' AND deleted_at IS NULL
     GROUP BY service_date, branch_id`,
    bindings
  )
  const staffDays = await trx.raw(
    `INSERT INTO satisfaction_daily_stat (${columns})
     SELECT ?::text || md5(service_date || branch_id || staff.id), service_date, branch_id,
       staff.id, ${sums}
     FROM satisfaction_survey, unnest(staff_member_ids) AS staff(id)
     WHERE status = 'answered' AND deleted_at IS NULL
     GROUP BY service_date, branch_id, staff.id`,
    bindings
  )
  return { branch_days: branchDays.rowCount ?? 0, staff_days: staffDays.rowCount ?? 0 }
}
