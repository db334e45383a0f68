import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "medusa-plugin-salon-erp/modules/booking"
import type BookingModuleService from "medusa-plugin-salon-erp/src/modules/booking/service"
import { FEEDBACK_MODULE } from "medusa-plugin-salon-erp/modules/feedback"
import type FeedbackModuleService from "medusa-plugin-salon-erp/src/modules/feedback/service"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

const COMPLAINTS = 100_000
const SURVEYS = 1_000_000
const BRANCHES = 20
const STAFF = 200
const DAYS = 730
const RUNS = 10

/**
 * Complaints and satisfaction analytics: 100,000 complaints and 1,000,000 answered surveys over
 * two years, 20 branches and 200 staff members (one visit in ten with two staff members).
 * Complaint reports aggregate the complaints; satisfaction reports aggregate the daily stats the
 * answers keep. Each report is timed in-process (the module's SQL) and over HTTP (validation,
 * query, labels, JSON). Target: ≤ 1 s each.
 */
export default async function feedbackBench({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)

  const stamp = Date.now().toString(36)
  const branches = await booking.createBranches(
    Array.from({ length: BRANCHES }, (_, i) => ({
      name: `Bench branch ${i + 1}`,
      code: `FB-${stamp}-${i}`,
      timezone: "Asia/Shanghai",
    }))
  )
  const staff = await booking.createStaffMembers(
    Array.from({ length: STAFF }, (_, i) => ({ name: `Bench therapist ${i + 1}` }))
  )
  const categories = await feedback.createComplaintCategories(
    [
      "service_attitude",
      "technique_result",
      "product",
      "hygiene",
      "price_billing",
      "booking",
      "other",
    ].map((code, rank) => ({ code: `${code}_${stamp}`, name: code.replace("_", " "), rank }))
  )
  const branchIds = branches.map((branch) => branch.id)
  const staffIds = staff.map((member) => member.id)
  const categoryIds = categories.map((category) => category.id)

  // ---------------------------------------------------------------- volume, in bulk SQL
  // Realistic mixes by arithmetic on the series number: most complaints are closed and in
  // time, some are open, some missed a deadline; two thirds name a staff member.
  let startedAt = performance.now()
  await knex.raw(
    `INSERT INTO complaint (id, customer_id, branch_id, category_id, channel, severity, status,
       description, staff_member_id, created_by_type, reported_on, created_at, updated_at,
       first_response_warn_at, first_response_due_at, resolution_warn_at, resolution_due_at,
       first_responded_at, first_response_minutes, first_response_met,
       resolved_at, resolution_minutes, resolution_met, reopen_count, resolution_rating)
     SELECT 'cmpl_bench_' || g, 'cus_bench_' || (g % 20000),
       (?::text[])[1 + g % ?], (?::text[])[1 + (g / 3) % ?],
       (ARRAY['online','front_desk','phone','social'])[1 + g % 4],
       (ARRAY['low','medium','medium','high','critical'])[1 + (g * 3) % 5],
       CASE WHEN g % 20 = 0 THEN 'open' WHEN g % 20 = 1 THEN 'in_progress'
            WHEN g % 20 = 2 THEN 'resolved' ELSE 'closed' END,
       'Bench complaint ' || g,
       CASE WHEN g % 3 = 0 THEN NULL ELSE (?::text[])[1 + (g * 13) % ?] END,
       'user', to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), at, at,
       at + interval '18 hours', at + interval '24 hours', at + interval '54 hours', at + interval '72 hours',
       CASE WHEN g % 20 = 0 THEN NULL ELSE at + (g % 1800) * interval '1 minute' END,
       CASE WHEN g % 20 = 0 THEN NULL ELSE g % 1800 END,
       CASE WHEN g % 20 = 0 THEN NULL ELSE g % 1800 <= 1440 END,
       CASE WHEN g % 20 < 2 THEN NULL ELSE at + (g % 6000) * interval '1 minute' END,
       CASE WHEN g % 20 < 2 THEN NULL ELSE g % 6000 END,
       CASE WHEN g % 20 < 2 THEN NULL ELSE g % 6000 <= 4320 END,
       CASE WHEN g % 50 = 0 THEN 1 ELSE 0 END,
       CASE WHEN g % 20 > 2 AND g % 4 > 0 THEN 1 + g % 5 ELSE NULL END
     FROM (SELECT g, now() - (g % ?) * interval '1 day' - (g % 600) * interval '1 minute' AS at
           FROM generate_series(1, ?) g) series`,
    [branchIds, BRANCHES, categoryIds, categoryIds.length, staffIds, STAFF, DAYS, COMPLAINTS]
  )
  figure(`seeded ${COMPLAINTS} complaints`, (performance.now() - startedAt) / 1000, "s")

  startedAt = performance.now()
  const chunk = 250_000
  for (let from = 1; from <= SURVEYS; from += chunk) {
    await knex.raw(
      `INSERT INTO satisfaction_survey (id, appointment_id, customer_id, branch_id, staff_member_ids,
         completed_at, service_date, status, expires_at, responded_at, technique_rating,
         attitude_rating, environment_rating, result_rating, overall_rating, nps_score, is_low,
         is_detractor)
       SELECT 'srvy_bench_' || g, 'appt_bench_' || g, 'cus_bench_' || (g % 50000),
         (?::text[])[1 + (s - 1) % ?],
         CASE WHEN g % 10 = 0
           THEN ARRAY[(?::text[])[s], (?::text[])[1 + (s - 1 + ?) % ?]]
           ELSE ARRAY[(?::text[])[s]] END,
         at, to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), 'answered',
         at + interval '14 days', at + interval '3 hours', t, a, e, r, (t + a + e + r) / 4.0, n,
         (t + a + e + r) / 4.0 < 3, n <= 6
       FROM (SELECT g, now() - (g % ?) * interval '1 day' - (g % 600) * interval '1 minute' AS at,
               -- staff member s works at branch (s - 1) % BRANCHES; every one works most days
               1 + ((g / ?) * 7 + g) % ? AS s,
               1 + (g * 7) % 5 AS t, 2 + (g * 11) % 4 AS a, 2 + (g * 13) % 4 AS e,
               1 + (g * 17) % 5 AS r, (g * 19) % 11 AS n
             FROM generate_series(?::int, ?::int) g) series`,
      [
        branchIds,
        BRANCHES,
        staffIds,
        staffIds,
        BRANCHES,
        STAFF,
        staffIds,
        DAYS,
        DAYS,
        STAFF,
        from,
        Math.min(from + chunk - 1, SURVEYS),
      ]
    )
  }
  figure(`seeded ${SURVEYS} answered surveys`, (performance.now() - startedAt) / 1000, "s")
  // Answers written in bulk bypass the service, so the daily stats are rebuilt from them (what
  // an import would do); answers through the API keep them up to date as they come.
  startedAt = performance.now()
  const stats = await feedback.rebuildSatisfactionDailyStats()
  figure(
    `rebuilt daily stats (${stats.branch_days} branch-days, ${stats.staff_days} staff-days)`,
    (performance.now() - startedAt) / 1000,
    "s"
  )
  startedAt = performance.now()
  // What autovacuum does after a bulk load: statistics, and the visibility map that lets the
  // report index be read on its own.
  await knex.raw("VACUUM ANALYZE complaint")
  await knex.raw("VACUUM ANALYZE satisfaction_survey")
  await knex.raw("VACUUM ANALYZE satisfaction_daily_stat")
  figure("vacuum analyze after the bulk load", (performance.now() - startedAt) / 1000, "s")

  const today = new Date().toISOString().slice(0, 10)
  const daysAgo = (days: number) =>
    new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
  const year = { from: daysAgo(365), to: today }
  const twoYears = { from: daysAgo(DAYS), to: today }

  // ---------------------------------------------------------------- in-process
  const complaintReports: [
    string,
    Parameters<FeedbackModuleService["getComplaintAnalytics"]>[0],
  ][] = [
    ["complaints by category, 12 months", { ...year, group_by: "category" }],
    ["complaints by branch, 12 months", { ...year, group_by: "branch" }],
    ["complaints by staff member, 12 months", { ...year, group_by: "staff_member" }],
    ["complaints by month, 2 years", { ...twoYears, interval: "month" }],
    [
      "complaints by category x month, 2 years",
      { ...twoYears, group_by: "category", interval: "month" },
    ],
    ["complaints by branch x week, 12 months", { ...year, group_by: "branch", interval: "week" }],
    [
      "complaints of one branch by category, 12 months",
      { ...year, group_by: "category", branch_id: [branchIds[3]] },
    ],
  ]
  for (const [name, query] of complaintReports) {
    await feedback.getComplaintAnalytics(query)
    const run = await load(RUNS, 1, () => feedback.getComplaintAnalytics(query))
    report(`${name} (in-process)`, summarize(run.latencies), {
      rows: (await feedback.getComplaintAnalytics(query)).rows.length,
    })
  }

  const satisfactionReports: [
    string,
    Parameters<FeedbackModuleService["getSatisfactionAnalytics"]>[0],
  ][] = [
    ["satisfaction + NPS totals, 12 months", { ...year }],
    ["satisfaction by branch, 12 months", { ...year, group_by: "branch" }],
    ["satisfaction by month, 2 years", { ...twoYears, interval: "month" }],
    [
      "satisfaction by branch x month, 12 months",
      { ...year, group_by: "branch", interval: "month" },
    ],
    ["satisfaction by staff member, 12 months", { ...year, group_by: "staff_member" }],
    [
      "satisfaction by staff member x month, 12 months",
      { ...year, group_by: "staff_member", interval: "month" },
    ],
    [
      "satisfaction by staff member x month, 2 years",
      { ...twoYears, group_by: "staff_member", interval: "month" },
    ],
    [
      "one staff member by week, 12 months",
      { ...year, staff_member_id: [staffIds[17]], interval: "week" },
    ],
    [
      "one branch's staff by month, 12 months",
      { ...year, branch_id: [branchIds[5]], group_by: "staff_member", interval: "month" },
    ],
  ]
  for (const [name, query] of satisfactionReports) {
    await feedback.getSatisfactionAnalytics(query)
    const run = await load(RUNS, 1, () => feedback.getSatisfactionAnalytics(query))
    report(`${name} (in-process)`, summarize(run.latencies), {
      rows: (await feedback.getSatisfactionAnalytics(query)).rows.length,
    })
  }

  const slaScan = await load(RUNS, 1, () => feedback.listDueSlaClaims())
  report("SLA job: find due warnings and breaches (in-process)", summarize(slaScan.latencies))

  // ---------------------------------------------------------------- over HTTP
  const admin = await adminAuth(container)
  const get = (path: string) => () => http(path, { headers: admin })
  const qs = (params: Record<string, string>) => new URLSearchParams(params).toString()
  const httpReports: [string, string][] = [
    [
      "GET /admin/complaints/analytics by category x month, 2 years",
      `/admin/complaints/analytics?${qs({ ...twoYears, group_by: "category", interval: "month" })}`,
    ],
    [
      "GET /admin/complaints/analytics by staff member, 12 months",
      `/admin/complaints/analytics?${qs({ ...year, group_by: "staff_member" })}`,
    ],
    [
      "GET /admin/satisfaction/analytics by branch x month, 12 months",
      `/admin/satisfaction/analytics?${qs({ ...year, group_by: "branch", interval: "month" })}`,
    ],
    [
      "GET /admin/satisfaction/analytics by staff member, 12 months",
      `/admin/satisfaction/analytics?${qs({ ...year, group_by: "staff_member" })}`,
    ],
    [
      "GET /admin/satisfaction/analytics by staff x month, 2 years",
      `/admin/satisfaction/analytics?${qs({ ...twoYears, group_by: "staff_member", interval: "month" })}`,
    ],
    [
      "GET /admin/complaints (board: open, newest, 20)",
      "/admin/complaints?status=open,assigned,in_progress,reopened&limit=20",
    ],
    [
      "GET /admin/complaints (board: breached at one branch)",
      `/admin/complaints?sla_state=breached&branch_id=${branchIds[2]}&limit=20`,
    ],
  ]
  for (const [name, path] of httpReports) {
    await get(path)()
    const run = await load(RUNS, 1, get(path))
    report(`${name} (HTTP)`, summarize(run.latencies))
  }
  const concurrent = await load(40, 4, get(httpReports[3][1]))
  report(
    "GET /admin/satisfaction/analytics by staff (HTTP, 4 concurrent)",
    summarize(concurrent.latencies),
    {
      "req/s": concurrent.perSecond,
    }
  )
}
