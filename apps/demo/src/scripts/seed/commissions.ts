import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { COMMISSION_MODULE } from "medusa-plugin-salon-erp/modules/commission"
import { periodOf } from "medusa-plugin-salon-erp/src/modules/commission/lib/periods"
import type { CommissionKind } from "medusa-plugin-salon-erp/src/modules/commission/lib/calculate"
import type CommissionModuleService from "medusa-plugin-salon-erp/src/modules/commission/service"
import type { CommissionRuleData } from "medusa-plugin-salon-erp/src/workflows/commission/steps/validate-commission-rule"
import type { CommissionSource } from "medusa-plugin-salon-erp/src/lib/commission/earning-lines"
import { createCommissionRuleWorkflow } from "medusa-plugin-salon-erp/src/workflows/commission/workflows/create-commission-rule"
import { closeCommissionPeriodWorkflow } from "medusa-plugin-salon-erp/src/workflows/commission/workflows/close-commission-period"
import { syncCommissionSourcesWorkflow } from "medusa-plugin-salon-erp/src/workflows/commission/workflows/sync-commission-sources"
import type { BookingSeed } from "./booking"
import type { SeedContext } from "./context"

type DemoRule = CommissionRuleData & { name: string; kind: CommissionKind; branch?: string }

/** Headquarters' rules, one branch override, tiers of both kinds. */
const RULES: DemoRule[] = [
  {
    name: "Services: 10%, 12% above ¥6,000 and 15% above ¥12,000 a month",
    kind: "service_performed",
    rate: 10,
    designated_multiplier: 1.2,
    tier_mode: "progressive",
    tiers: [
      { threshold: 6000, rate: 12 },
      { threshold: 12000, rate: 15 },
    ],
  },
  {
    name: "Expert therapists: 14% of services",
    kind: "service_performed",
    staff_level: "expert",
    rate: 14,
    designated_multiplier: 1.2,
  },
  {
    name: "Jing'an facials: 12%",
    kind: "service_performed",
    branch: "jingan",
    category: "facial",
    rate: 12,
    designated_multiplier: 1.2,
  },
  {
    name: "Retail: 8%, 10% on the month above ¥2,000",
    kind: "product_sold",
    rate: 8,
    tier_mode: "retroactive",
    tiers: [{ threshold: 2000, rate: 10 }],
  },
  { name: "Packages sold: 5%", kind: "package_sold", rate: 5 },
  {
    name: "Package sessions: ¥30 per session",
    kind: "package_session_redeemed",
    rate_type: "fixed",
    rate: 30,
    designated_multiplier: 1.2,
  },
  { name: "Top-ups sold: 3% of the money paid", kind: "top_up_sold", rate: 3 },
]

/** Retail sold at the counter: [customer index, product handle, quantity, seller (staff name)]. */
const COUNTER_SALES: [number, string, number, string][] = [
  [0, "hydrating-hyaluronic-serum", 1, "Bella Wu"],
  [2, "vitamin-c-brightening-essence", 2, "Diana Zhou"],
  [4, "gentle-amino-cleanser", 1, "Bella Wu"],
  [5, "hydrating-hyaluronic-serum", 2, "Chen Jing"],
  [7, "vitamin-c-brightening-essence", 1, "Diana Zhou"],
  [9, "gentle-amino-cleanser", 3, "Chen Jing"],
]

/**
 * Commission rules (headquarters' with tiers and a branch override) and the entries of
 * everything the demo sold and performed: completed appointments, counter retail sales, top-ups,
 * packages sold and sessions redeemed. Months before this one are closed, as payroll would have.
 * Recording is idempotent: a second run writes nothing.
 */
export async function seedCommissions(
  container: MedusaContainer,
  ctx: SeedContext,
  booking: BookingSeed
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)

  const existing = new Set(
    (await commission.listCommissionRules({}, { select: ["name"] })).map((rule) => rule.name)
  )
  for (const { branch, ...rule } of RULES) {
    if (existing.has(rule.name)) continue
    await createCommissionRuleWorkflow(container).run({
      input: { ...rule, branch_id: branch ? booking.branches[branch].id : null },
    })
  }

  await seedCounterSales(container, ctx, booking)

  // Record what happened (the seed runs without subscribers, so nothing was recorded yet).
  const ids = async (entity: string, filters: Record<string, unknown>) =>
    (await query.graph({ entity, fields: ["id"], filters })).data.map((row) => row.id as string)
  const sources: CommissionSource[] = [
    ...(await ids("appointment", { status: "completed" })).map((id) => ({
      source_type: "appointment" as const,
      source_id: id,
    })),
    ...(await ids("order", {})).map((id) => ({ source_type: "order" as const, source_id: id })),
    ...(await ids("stored_value_operation", { kind: "top_up" })).map((id) => ({
      source_type: "stored_value_top_up" as const,
      source_id: id,
    })),
    ...(await ids("customer_package", {})).map((id) => ({
      source_type: "service_package" as const,
      source_id: id,
    })),
    ...(await ids("package_ledger_entry", { type: "redeem" })).map((id) => ({
      source_type: "package_redemption" as const,
      source_id: id,
    })),
  ]
  for (let i = 0; i < sources.length; i += 50) {
    await syncCommissionSourcesWorkflow(container).run({
      input: { sources: sources.slice(i, i + 50) },
    })
  }

  // Earlier months are paid: close them, oldest first.
  const { timezone } = await commission.getCommissionSettings()
  const current = periodOf(new Date(), timezone)
  const periods = (await commission.listPeriods()).filter(
    (row) => row.period < current && row.status === "open"
  )
  for (const row of periods.reverse()) {
    await closeCommissionPeriodWorkflow(container).run({
      input: { period: row.period as string, closed_by: null },
    })
  }

  const summary = await commission.listPeriods()
  const total = summary.reduce(
    (sum, row) => MathBN.add(sum, row.total_amount as string),
    MathBN.convert(0)
  )
  logger.info(
    `Seeded commissions: ${RULES.length} rules, ${summary.reduce((n, row) => n + Number(row.entries), 0)} entries over ${summary.length} month(s) (${summary.map((row) => `${row.period} ${row.status}`).join(", ")}), ¥${total.toFixed(2)} earned`
  )
}

/** Retail sold at the front desk, each recorded with its seller (once: keyed in the order's metadata). */
async function seedCounterSales(
  container: MedusaContainer,
  ctx: SeedContext,
  booking: BookingSeed
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "metadata"] })
  const done = new Set(orders.map((order) => order.metadata?.demo_key).filter(Boolean))
  const branch = booking.branches.jingan
  for (const [index, [customerIndex, handle, quantity, seller]] of COUNTER_SALES.entries()) {
    const key = `demo:counter-sale:${index}`
    const product = ctx.products[handle]
    const staff = booking.staff[seller]
    const customer = booking.customers[customerIndex]
    if (done.has(key) || !product || !staff || !customer) continue
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.title", "prices.amount", "prices.currency_code"],
      filters: { id: Object.values(product.variants)[0] },
    })
    const prices = (variant as unknown as { prices: { amount: number; currency_code: string }[] })
      .prices
    const price = Number(prices.find((row) => row.currency_code === "cny")?.amount ?? 0)
    await createOrderWorkflow(container).run({
      input: {
        region_id: ctx.regions.cny,
        sales_channel_id: ctx.sales_channel_id,
        customer_id: customer.id,
        email: customer.email,
        currency_code: "cny",
        status: "pending",
        items: [
          {
            variant_id: variant.id,
            title: variant.product?.title ?? handle,
            unit_price: price,
            quantity,
          },
        ],
        metadata: {
          demo_key: key,
          branch_id: branch.id,
          sold_by_staff_member_id: staff.id,
          channel: "front_desk",
        },
      },
    })
  }
}
