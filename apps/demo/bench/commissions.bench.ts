import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { COMMISSION_MODULE } from "medusa-plugin-salon-erp/modules/commission"
import type CommissionModuleService from "medusa-plugin-salon-erp/src/modules/commission/service"
import { syncCommissionSourcesWorkflow } from "medusa-plugin-salon-erp/src/workflows/commission/workflows/sync-commission-sources"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

const STAFF = 50
const ENTRIES = 100_000

/**
 * Commissions: the monthly statement of 50 staff over a month of 100,000 entries (target ≤ 1 s),
 * the entries list, CSV export and performance report on that month, and how long recording an
 * order takes per order line.
 */
export default async function commissionsBench({ container }: ExecArgs) {
  const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // A month with nothing else in it, so the figures are for exactly 100,000 entries.
  const period = "2026-06"
  const startOfMonth = "2026-06-01T00:00:00+08:00"

  await commission.createCommissionRules([
    {
      name: "Services 10%",
      kind: "service_performed",
      rate: 10,
      tier_mode: "progressive",
      tiers: [{ threshold: 20000, rate: 12 }],
    },
    {
      name: "Retail 8%",
      kind: "product_sold",
      rate: 8,
      tier_mode: "retroactive",
      tiers: [{ threshold: 5000, rate: 10 }],
    },
    { name: "Packages 5%", kind: "package_sold", rate: 5 },
  ] as never[])

  // 100,000 entries for 50 staff at 2 branches over the month: mostly services, some retail and
  // packages, 2% reversals.
  let startedAt = performance.now()
  await knex.raw(
    `INSERT INTO commission_entry (id, period, staff_member_id, branch_id, customer_id, kind, role, source_type, source_id,
       source_line_id, currency_code, base, raw_base, share, raw_share, quantity, rule_id, rate_type, rate, raw_rate,
       multiplier, is_designated, amount, raw_amount, explanation, reverses_entry_id, occurred_at)
     SELECT 'cent_bench_' || g, ?, 'stf_bench_' || (g % ?), 'br_bench_' || (g % 2), 'cus_bench_' || (g % 3000),
       k.kind, CASE WHEN k.kind = 'service_performed' THEN 'labour' ELSE 'sales' END,
       'bench', 'src_' || g, 'line_' || g, 'cny',
       b.base, jsonb_build_object('value', b.base::text, 'precision', 20), 100, '{"value":"100","precision":20}'::jsonb, 1,
       NULL, 'percent', 10, '{"value":"10","precision":20}'::jsonb, 1, g % 3 = 0,
       b.base / 10, jsonb_build_object('value', (b.base / 10)::text, 'precision', 20),
       'bench entry', CASE WHEN g % 50 = 0 THEN 'cent_bench_' || (g - 1) END,
       ?::timestamptz + (g % (29 * 24 * 60)) * interval '1 minute'
     FROM generate_series(1, ?) g
     CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 < 7 THEN 'service_performed' WHEN g % 10 < 9 THEN 'product_sold' ELSE 'package_sold' END AS kind) k
     CROSS JOIN LATERAL (SELECT (CASE WHEN g % 50 = 0 THEN -1 ELSE 1 END) * (100 + (g % 500))::numeric AS base) b`,
    [period, STAFF, startOfMonth, ENTRIES]
  )
  await knex.raw("ANALYZE commission_entry")
  figure(
    `wrote ${ENTRIES.toLocaleString("en")} entries for ${STAFF} staff in ${period}`,
    (performance.now() - startedAt) / 1000,
    "s"
  )

  await load(3, 1, () => commission.statements({ period }))
  const inProcess = await load(20, 1, () => commission.statements({ period }))
  report(
    `statement, ${STAFF} staff × ${ENTRIES / 1000}k entries (in-process)`,
    summarize(inProcess.latencies)
  )
  const statement = await commission.statements({ period })
  if (statement.statements.length !== STAFF) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `expected ${STAFF} statements, got ${statement.statements.length}`
    )
  }

  const admin = await adminAuth(container)
  const overHttp = await load(20, 1, () =>
    http(`/admin/commission-statements?period=${period}`, { headers: admin })
  )
  report(
    `GET /admin/commission-statements, ${ENTRIES / 1000}k entries (HTTP)`,
    summarize(overHttp.latencies)
  )

  const page = await load(20, 1, () =>
    http(`/admin/commission-entries?period=${period}&staff_member_id=stf_bench_7&limit=50`, {
      headers: admin,
    })
  )
  report(
    "GET /admin/commission-entries, one staff member's month, page of 50",
    summarize(page.latencies)
  )

  const performanceReport = await load(10, 1, () =>
    http(`/admin/staff-performance?from=2026-06-01&to=2026-06-30`, { headers: admin })
  )
  report(
    `GET /admin/staff-performance, a month of ${ENTRIES / 1000}k entries`,
    summarize(performanceReport.latencies)
  )

  startedAt = performance.now()
  const response = await fetch(
    `${process.env.BENCH_BASE_URL || "http://localhost:9102"}/admin/commission-entries/export?period=${period}`,
    {
      headers: admin,
    }
  )
  const csv = await response.text()
  const rows = csv.trim().split("\n").length - 1
  figure(
    `CSV export of the month (${rows.toLocaleString("en")} rows, streamed)`,
    (performance.now() - startedAt) / 1000,
    "s"
  )

  // Recording an order's commissions, per order line.
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Bench counter" }] },
  })
  // Other benches in the same run may already have a CNY region (and own the country "cn").
  const [existingRegion] = await container
    .resolve(Modules.REGION)
    .listRegions({ currency_code: "cny" }, { take: 1 })
  const region =
    existingRegion ??
    (
      await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Bench CN", currency_code: "cny", countries: ["cn"] }] },
      })
    ).result[0]
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: 10 }, (_, i) => ({
        title: `Bench serum ${i + 1}`,
        status: "published" as const,
        options: [{ title: "Size", values: ["30 ml"] }],
        variants: [
          {
            title: "30 ml",
            options: { Size: "30 ml" },
            manage_inventory: false,
            prices: [{ currency_code: "cny", amount: 100 + i * 10 }],
          },
        ],
        sales_channels: [{ id: channel.id }],
      })),
    },
  })
  const variants = products.map((product) => ({
    id: product.variants[0].id,
    title: product.title,
    price: 100,
  }))
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ email: `cm-bench-${Date.now()}@salon.test` })
  const orderWith = async (lines: number) => {
    const { result } = await createOrderWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: channel.id,
        customer_id: customer.id,
        email: customer.email,
        currency_code: "cny",
        status: "pending",
        items: variants.slice(0, lines).map((variant) => ({
          variant_id: variant.id,
          title: variant.title,
          unit_price: variant.price,
          quantity: 1,
        })),
        metadata: { sold_by_staff_member_id: "stf_bench_1" },
      },
    })
    return result.id
  }
  const benchOrders: string[] = []
  for (const lines of [1, 10]) {
    const orders: string[] = []
    for (let i = 0; i < 30; i++) orders.push(await orderWith(lines))
    benchOrders.push(...orders)
    await syncCommissionSourcesWorkflow(container).run({
      input: { sources: [{ source_type: "order", source_id: orders[0] }] },
    })
    let i = 1
    const recorded = await load(29, 1, () =>
      syncCommissionSourcesWorkflow(container).run({
        input: { sources: [{ source_type: "order", source_id: orders[i++] }] },
      })
    )
    const summary = summarize(recorded.latencies)
    report(`record an order of ${lines} line(s) (in-process)`, summary, {
      "ms/line": summary.p50 / lines,
    })
    // Replaying writes nothing and costs the same reading.
    let j = 1
    const replays = await load(29, 1, () =>
      syncCommissionSourcesWorkflow(container).run({
        input: { sources: [{ source_type: "order", source_id: orders[j++] }] },
      })
    )
    report(`replay an order of ${lines} line(s) (writes nothing)`, summarize(replays.latencies))
  }
  // Only this bench's orders: the demo seed (run by the foundation bench) has orders of its own.
  const [{ n }] = (
    await knex.raw(
      `SELECT count(*)::int AS n FROM commission_entry WHERE source_type = 'order' AND source_id = ANY(?)`,
      [benchOrders]
    )
  ).rows
  figure("order entries written (30 × 1 line + 30 × 10 lines expected 330)", n, "entries")
}
