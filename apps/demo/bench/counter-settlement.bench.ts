import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "medusa-plugin-salon-erp/modules/booking"
import { COUNTER_MODULE } from "medusa-plugin-salon-erp/modules/counter"
import type BookingModuleService from "medusa-plugin-salon-erp/src/modules/booking/service"
import type CounterModuleService from "medusa-plugin-salon-erp/src/modules/counter/service"
import type { SettlementFilter } from "medusa-plugin-salon-erp/src/modules/counter/repositories/settlement-repository"
import { createBranchWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-branch"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

/** Sales over the year; 1 to 4 lines each (2.5 on average): 1,000,000 sale lines. */
const SALES = 400_000
const DAYS = 365
const FIRST_DAY = "2026-01-01"
const STAFF = 20
/** Each report's target, p50. */
const TARGET_MS = 1000
const RUNS = 7

const raw = (column: string) => `jsonb_build_object('value', (${column})::text, 'precision', 20)`

/**
 * Settlement reports over a year of counter sales: 1,000,000 sale lines, 400,000 sales and
 * ~520,000 tenders (1.3 per sale) at 2 branches, 10 registers, written with SQL. Times the daily
 * report (a branch-day, the chain-day), the monthly report (a branch-month, the chain-month) and
 * a shift's Z report through the module service, and the daily and monthly routes over HTTP.
 * Target: p50 ≤ 1 s each.
 */
export default async function counterSettlementBench({ container }: ExecArgs) {
  const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const branches: string[] = []
  for (const name of ["Bench Jing'an", "Bench West Lake"]) {
    const { result } = await createBranchWorkflow(container).run({
      input: {
        name,
        code: `BENCH-ST-${branches.length}-${Date.now()}`,
        timezone: "Asia/Shanghai",
        opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          opens_at: "09:00",
          closes_at: "21:00",
        })),
      },
    })
    branches.push(result.id)
  }
  const staff = (
    await booking.createStaffMembers(
      Array.from({ length: STAFF }, (_, i) => ({ name: `Stylist ${i + 1}` }))
    )
  ).map((member) => member.id)

  // Sale g: register g % 10 (branch g % 2), business day (g - 1) * 365 / SALES, one shift per
  // register and day; 5 % online (no register); 1 + g % 4 lines: half services (a tenth of them
  // paid by a package session), retail, packages, top-ups and tips; 10 % of lines discounted.
  const startedAt = performance.now()
  const sale = `SELECT g, (ARRAY[?, ?])[1 + g % 2] AS branch_id,
                       g % 20 = 0 AS online, g % 10 AS register,
                       ((g - 1) * ${DAYS} / ${SALES})::int AS day
                  FROM generate_series(1, ${SALES}) g`
  const saleBindings = [branches[0], branches[1]]
  await knex.raw(
    `INSERT INTO counter_sale_line (id, sale_id, branch_id, shift_id, business_date, currency_code, line_type,
       title, quantity, unit_price, raw_unit_price, discount_amount, raw_discount_amount, net_amount, raw_net_amount,
       staff_member_id, is_designated, package_id, package_item_id, session_value, raw_session_value)
     SELECT 'csln_bench_' || s.g || '_' || j, 'csal_bench_' || s.g, s.branch_id,
            CASE WHEN s.online THEN NULL ELSE 'cshf_bench_' || s.register || '_' || s.day END,
            to_char(?::date + s.day, 'YYYY-MM-DD'), 'cny', k.line_type, k.line_type, k.quantity,
            k.unit_price, ${raw("k.unit_price")}, k.discount, ${raw("k.discount")},
            k.net, ${raw("k.net")}, (?::text[])[1 + (s.g + j) % ${STAFF}], (s.g + j) % 3 = 0,
            CASE WHEN k.session THEN 'svpk_bench_' || (s.g % 5000) END,
            CASE WHEN k.session THEN 'svpi_bench_' || (s.g % 5000) END,
            CASE WHEN k.session THEN k.unit_price END,
            CASE WHEN k.session THEN ${raw("k.unit_price")} END
       FROM (${sale}) s
      CROSS JOIN LATERAL generate_series(1, 1 + s.g % 4) j
      CROSS JOIN LATERAL (SELECT CASE WHEN (s.g * 7 + j) % 20 < 10 THEN 'service'
                                      WHEN (s.g * 7 + j) % 20 < 15 THEN 'product'
                                      WHEN (s.g * 7 + j) % 20 = 15 THEN 'package'
                                      WHEN (s.g * 7 + j) % 20 = 16 THEN 'top_up'
                                      WHEN (s.g * 7 + j) % 20 = 17 THEN 'tip'
                                      ELSE 'service' END AS line_type) t
      CROSS JOIN LATERAL (SELECT t.line_type = 'service' AND (s.g + j) % 10 = 0 AS session,
                                 CASE WHEN t.line_type = 'product' THEN 1 + (s.g + j) % 3 ELSE 1 END AS quantity,
                                 CASE t.line_type WHEN 'package' THEN 1980 WHEN 'top_up' THEN 1000 * (1 + s.g % 3)
                                                  WHEN 'tip' THEN 20 ELSE 50 + ((s.g * 13 + j * 7) % 40) * 10 END::numeric AS unit_price) p
      CROSS JOIN LATERAL (SELECT t.line_type, p.session, p.quantity, p.unit_price,
                                 CASE WHEN p.session OR (s.g + j) % 10 <> 3 THEN 0
                                      ELSE p.unit_price * p.quantity / 10 END AS discount) d
      CROSS JOIN LATERAL (SELECT d.line_type, d.quantity, d.unit_price, d.discount, d.session,
                                 CASE WHEN d.session THEN 0 ELSE d.unit_price * d.quantity - d.discount END AS net) k`,
    // Bindings in the order of their placeholders: the select list's, then the sales'.
    [FIRST_DAY, `{${staff.join(",")}}`, ...saleBindings]
  )

  // The sales, their totals from their lines.
  await knex.raw(
    `INSERT INTO counter_sale (id, idempotency_key, fingerprint, status, channel, branch_id, register_id, shift_id,
       currency_code, customer_id, total, raw_total, discount_total, raw_discount_total, manual_discount_total,
       raw_manual_discount_total, change_given, raw_change_given, created_by, completed_at, business_date)
     SELECT 'csal_bench_' || s.g, 'bench-settlement-sale-' || s.g, 'bench', 'completed',
            CASE WHEN s.online THEN 'online' ELSE 'counter' END, s.branch_id,
            CASE WHEN s.online THEN NULL ELSE 'creg_bench_' || s.register END,
            CASE WHEN s.online THEN NULL ELSE 'cshf_bench_' || s.register || '_' || s.day END,
            'cny', CASE WHEN s.g % 4 = 0 THEN NULL ELSE 'cus_bench_' || (s.g % 20000) END,
            l.total, ${raw("l.total")}, l.discount, ${raw("l.discount")},
            l.manual, ${raw("l.manual")}, 0, ${raw("0")}, 'user_bench',
            ?::timestamptz + s.day * interval '1 day' + interval '12 hours', to_char(?::date + s.day, 'YYYY-MM-DD')
       FROM (${sale}) s
       JOIN (SELECT sale_id, sum(net_amount) AS total, sum(discount_amount) AS discount,
                    coalesce(sum(discount_amount) FILTER (WHERE quantity > 1), 0) AS manual
               FROM counter_sale_line WHERE id LIKE 'csln_bench_%' GROUP BY sale_id) l
         ON l.sale_id = 'csal_bench_' || s.g`,
    [`${FIRST_DAY}T00:00:00+08:00`, FIRST_DAY, ...saleBindings]
  )

  // Tenders: 70 % one payment, 30 % split in two (60 / 40); stored value 80 % principal.
  await knex.raw(
    `INSERT INTO counter_tender (id, sale_id, branch_id, register_id, shift_id, business_date, currency_code, kind,
       amount, raw_amount, principal_amount, raw_principal_amount, bonus_amount, raw_bonus_amount)
     SELECT 'ctnd_bench_' || x.g || '_' || x.n, x.id, x.branch_id, x.register_id, x.shift_id, x.business_date, 'cny',
            x.kind, x.amount, ${raw("x.amount")},
            CASE WHEN x.kind = 'stored_value' THEN x.amount * 0.8 END,
            CASE WHEN x.kind = 'stored_value' THEN ${raw("x.amount * 0.8")} END,
            CASE WHEN x.kind = 'stored_value' THEN x.amount * 0.2 END,
            CASE WHEN x.kind = 'stored_value' THEN ${raw("x.amount * 0.2")} END
       FROM (SELECT split_part(s.id, '_', 3)::int AS g, n, s.id, s.branch_id, s.register_id, s.shift_id,
                    s.business_date,
                    (ARRAY['cash','cash','cash','card','card','wechat_pay','wechat_pay','alipay','stored_value','bank_transfer'])
                      [1 + (split_part(s.id, '_', 3)::int + n * 3) % 10] AS kind,
                    CASE WHEN split_part(s.id, '_', 3)::int % 10 >= 7
                         THEN CASE WHEN n = 1 THEN round(s.total * 0.6, 2) ELSE s.total - round(s.total * 0.6, 2) END
                         ELSE s.total END AS amount
               FROM counter_sale s
              CROSS JOIN LATERAL generate_series(1, CASE WHEN split_part(s.id, '_', 3)::int % 10 >= 7 THEN 2 ELSE 1 END) n
              WHERE s.id LIKE 'csal_bench_%') x
      WHERE x.amount <> 0`
  )

  // 1 % of sales refunded: their first line, paid back on the same day and shift.
  await knex.raw(
    `INSERT INTO counter_refund (id, sale_id, idempotency_key, fingerprint, kind, status, reason, created_by, shift_id,
       branch_id, business_date, amount, raw_amount, completed_at)
     SELECT 'crfn_bench_' || split_part(l.sale_id, '_', 3), l.sale_id, 'bench-settlement-refund-' || l.sale_id, 'bench', 'refund',
            'completed', 'bench', 'user_bench', l.shift_id, l.branch_id, l.business_date, l.net_amount,
            ${raw("l.net_amount")}, now()
       FROM counter_sale_line l
      WHERE l.id LIKE 'csln_bench_%\\_1' AND split_part(l.sale_id, '_', 3)::int % 100 = 7`
  )
  await knex.raw(
    `INSERT INTO counter_sale_line (id, sale_id, refund_id, reverses_line_id, branch_id, shift_id, business_date,
       currency_code, line_type, title, quantity, unit_price, raw_unit_price, discount_amount, raw_discount_amount,
       net_amount, raw_net_amount, staff_member_id, package_id, session_value, raw_session_value)
     SELECT l.id || '_r', l.sale_id, f.id, l.id, l.branch_id, l.shift_id, l.business_date, 'cny', l.line_type,
            l.title, -l.quantity, l.unit_price, l.raw_unit_price, -l.discount_amount, ${raw("-l.discount_amount")},
            -l.net_amount, ${raw("-l.net_amount")}, l.staff_member_id, l.package_id, -l.session_value,
            CASE WHEN l.session_value IS NOT NULL THEN ${raw("-l.session_value")} END
       FROM counter_refund f
       JOIN counter_sale_line l ON l.id = 'csln_bench_' || split_part(f.sale_id, '_', 3) || '_1'
      WHERE f.id LIKE 'crfn_bench_%'`
  )
  await knex.raw(
    `INSERT INTO counter_tender (id, sale_id, refund_id, branch_id, register_id, shift_id, business_date,
       currency_code, kind, amount, raw_amount)
     SELECT 'ctnd_bench_r_' || f.id, f.sale_id, f.id, f.branch_id, t.register_id, f.shift_id, f.business_date, 'cny',
            t.kind, -f.amount, ${raw("-f.amount")}
       FROM counter_refund f
       JOIN counter_tender t ON t.id = 'ctnd_bench_' || split_part(f.sale_id, '_', 3) || '_1'
      WHERE f.id LIKE 'crfn_bench_%' AND f.amount <> 0`
  )
  for (const table of ["counter_sale", "counter_sale_line", "counter_tender", "counter_refund"]) {
    await knex.raw(`ANALYZE ${table}`)
  }
  const {
    rows: [counts],
  } = await knex.raw(
    `SELECT (SELECT count(*) FROM counter_sale)::int AS sales,
            (SELECT count(*) FROM counter_sale_line)::int AS lines,
            (SELECT count(*) FROM counter_tender)::int AS tenders,
            (SELECT count(*) FROM counter_refund)::int AS refunds`
  )
  figure(
    `wrote ${counts.lines.toLocaleString("en")} lines, ${counts.sales.toLocaleString("en")} sales, ` +
      `${counts.tenders.toLocaleString("en")} tenders, ${counts.refunds.toLocaleString("en")} refunds`,
    (performance.now() - startedAt) / 1000,
    "s"
  )

  const day = "2026-06-15"
  const month = { from_date: "2026-06-01", to_date: "2026-06-30" }
  const cases: [string, SettlementFilter][] = [
    [
      "daily report, one branch-day (service)",
      { branch_id: branches[0], from_date: day, to_date: day },
    ],
    ["daily report, the chain-day (service)", { from_date: day, to_date: day }],
    ["monthly report, one branch-month (service)", { branch_id: branches[0], ...month }],
    ["monthly report, the chain-month (service)", { ...month }],
    ["Z report of one shift (service)", { shift_id: "cshf_bench_3_165" }],
  ]
  const slow: string[] = []
  for (const [name, filter] of cases) {
    await load(2, 1, () => counter.getSettlementReport(filter))
    const timed = await load(RUNS, 1, () => counter.getSettlementReport(filter))
    const summary = summarize(timed.latencies)
    const figures = await counter.getSettlementReport(filter)
    report(name, summary, {
      sales: figures.sales.count,
      net: figures.takings.net.toFixed(2),
      diff: figures.check.difference,
    })
    if (summary.p50 > TARGET_MS) slow.push(name)
    if (figures.check.difference !== 0) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `${name}: sales' totals and their tenders differ by ${figures.check.difference}`
      )
    }
  }

  const admin = await adminAuth(container)
  for (const [name, path] of [
    [
      "GET /admin/counter-reports/daily, chain-day (HTTP)",
      `/admin/counter-reports/daily?date=${day}`,
    ],
    [
      "GET /admin/counter-reports/monthly, chain-month (HTTP)",
      `/admin/counter-reports/monthly?month=2026-06`,
    ],
    [
      "GET /admin/counter-reports/monthly, branch-month CSV (HTTP)",
      `/admin/counter-reports/monthly?month=2026-06&branch_id=${branches[0]}&format=csv`,
    ],
  ]) {
    const call = (): Promise<unknown> =>
      path.endsWith("csv")
        ? fetch(`${process.env.BENCH_BASE_URL || "http://localhost:9102"}${path}`, {
            headers: admin,
          }).then((response) => response.text())
        : http(path, { headers: admin })
    await load(2, 1, call)
    const timed = await load(RUNS, 1, call)
    report(name, summarize(timed.latencies))
    if (summarize(timed.latencies).p50 > TARGET_MS) slow.push(name)
  }
  if (slow.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `settlement reports over ${TARGET_MS} ms (p50): ${slow.join("; ")}`
    )
  }
}
