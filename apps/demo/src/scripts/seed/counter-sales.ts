import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "medusa-plugin-salon-erp/modules/booking"
import { COUNTER_MODULE } from "medusa-plugin-salon-erp/modules/counter"
import type BookingModuleService from "medusa-plugin-salon-erp/src/modules/booking/service"
import { SERVICE_PACKAGE_MODULE } from "medusa-plugin-salon-erp/modules/service-package"
import type ServicePackageModuleService from "medusa-plugin-salon-erp/src/modules/service-package/service"
import type CounterModuleService from "medusa-plugin-salon-erp/src/modules/counter/service"
import { closeCounterShiftWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/close-counter-shift"
import { createCounterRegisterWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/create-counter-register"
import { openCounterShiftWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/open-counter-shift"
import { submitCounterSaleWorkflow } from "medusa-plugin-salon-erp/src/workflows/counter/workflows/submit-counter-sale"
import type {
  CounterSaleLineInput,
  CounterTenderInput,
} from "medusa-plugin-salon-erp/src/lib/counter/sale-plan"
import type { BookingSeed } from "./booking"

const DAYS = 14
/** Visits paid at the counter per branch and day (the rest were paid online or are still open). */
const VISITS_PER_DAY = 4
const RETAIL_SKUS = [
  "SK-CLN-120",
  "SK-MSK-5",
  "SK-SPF-50",
  "NL-GEL-ROSE",
  "NL-GEL-RED",
  "SK-HYA-30",
]
const SHANGHAI_OFFSET_MS = 8 * 60 * 60_000

/** A seeded pseudo-random generator, so every demo gets the same history. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

/** Midnight of a Shanghai calendar day `daysAgo` before today, as an instant. */
function shanghaiDay(daysAgo: number): Date {
  const local = new Date(Date.now() + SHANGHAI_OFFSET_MS)
  local.setUTCHours(0, 0, 0, 0)
  return new Date(local.getTime() - daysAgo * 24 * 60 * 60_000 - SHANGHAI_OFFSET_MS)
}

/**
 * Two weeks of counter sales on a second till (T2) per branch, one shift a day: a few of last
 * week's completed visits paid at the counter (services, often a product, sometimes a tip) and one
 * or two walk-in retail sales every day, paid by cash, card, WeChat Pay and Alipay, each shift closed with
 * its count (now and then a little over or short). Every sale is a Medusa order rung up through
 * the sale workflow, dated on its day, so the settlement reports show real figures.
 */
export async function seedCounterSales(
  container: MedusaContainer,
  ctx: { booking: BookingSeed; admin_user_id: string }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const staffIds = Object.values(ctx.booking.staff)
  let sold = 0
  let failed = 0

  // The branches ring up at the same time (the demo boots faster), each with its own sequence.
  const seedBranch = async (
    [key, branch]: [string, BookingSeed["branches"][string]],
    index: number
  ) => {
    const next = random(20261207 + index)
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]
    let [register] = await counter.listCounterRegisters({ branch_id: branch.id, code: "T2" })
    if (!register) {
      const { result } = await createCounterRegisterWorkflow(container).run({
        input: { branch_id: branch.id, name: "Front desk 2", code: "T2", currency_code: "cny" },
      })
      register = result
    }
    const [anyShift] = await counter.listCounterShifts({ register_id: register.id }, { take: 1 })
    if (anyShift) return
    const branchStaff = staffIds.filter((member) => member.branches.includes(key))
    const completed = await booking.listAppointments(
      { branch_id: branch.id, status: "completed", order_id: null },
      { relations: ["items"] }
    )

    for (let daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
      const dayStart = shanghaiDay(daysAgo)
      const dayEnd = new Date(dayStart.getTime() + 24 * 60 * 60_000)
      const { result: opened } = await openCounterShiftWorkflow(container).run({
        input: {
          register_id: register.id,
          opening_float: 500,
          opened_by: ctx.admin_user_id,
          idempotency_key: `demo-history-open-${register.id}-${daysAgo}`,
        },
      })
      const visits = completed
        .filter(
          (appointment) =>
            appointment.completed_at &&
            new Date(appointment.completed_at) >= dayStart &&
            new Date(appointment.completed_at) < dayEnd
        )
        .slice(0, VISITS_PER_DAY)
      const sales: { customer_id?: string; lines: CounterSaleLineInput[] }[] = visits.map(
        (visit) => ({
          customer_id: visit.customer_id,
          lines: [
            ...visit.items.map((item) => ({
              type: "service" as const,
              appointment_item_id: item.id,
            })),
            ...(next() < 0.4
              ? [
                  {
                    type: "product" as const,
                    sku: pick(RETAIL_SKUS),
                    quantity: 1,
                    staff_member_id: visit.items[0]?.staff_member_id ?? undefined,
                  },
                ]
              : []),
            ...(next() < 0.3 && visit.items[0]?.staff_member_id
              ? [
                  {
                    type: "tip" as const,
                    amount: pick([10, 20, 30]),
                    staff_member_id: visit.items[0].staff_member_id,
                  },
                ]
              : []),
          ],
        })
      )
      const walkIns = 1 + Math.floor(next() * 2)
      for (let i = 0; i < walkIns; i++) {
        sales.push({
          lines: [
            {
              type: "product",
              sku: pick(RETAIL_SKUS),
              quantity: 1 + Math.floor(next() * 2),
              staff_member_id: branchStaff.length ? pick(branchStaff).id : undefined,
            },
          ],
        })
      }

      for (const [index, sale] of sales.entries()) {
        const soldAt = new Date(dayStart.getTime() + (10 * 60 + index * 40) * 60_000)
        const key2 = `demo-sale:${register.id}:${daysAgo}:${index}`
        try {
          const tenders = await tendersFor(container, sale, next)
          await submitCounterSaleWorkflow(container).run({
            input: {
              idempotency_key: key2,
              shift_id: opened.shift_id,
              customer_id: sale.customer_id ?? null,
              lines: sale.lines,
              tenders,
              created_by: ctx.admin_user_id,
              sold_at: soldAt.toISOString(),
            },
          })
          sold++
        } catch {
          // Out of stock on that shelf, or a visit paid another way: the demo skips that sale.
          failed++
        }
      }

      const totals = (await counter.getShiftTotals([opened.shift_id])).get(opened.shift_id)!
      const drift = next() < 0.2 ? pick([-5, -2, 3]) : 0
      await closeCounterShiftWorkflow(container).run({
        input: {
          shift_id: opened.shift_id,
          counted_cash: Math.max(0, Number(totals.expected_cash) + drift),
          closed_by: ctx.admin_user_id,
          closing_note: drift
            ? `Counted ${drift > 0 ? "over" : "short"} by ${Math.abs(drift)}`
            : null,
        },
      })
      // Imported history: the shift ran on its day, not when the seed ran.
      await counter.updateCounterShifts({
        id: opened.shift_id,
        opened_at: new Date(dayStart.getTime() + 9 * 60 * 60_000 + 30 * 60_000),
        closed_at: new Date(dayStart.getTime() + 21 * 60 * 60_000),
      })
    }
  }
  await Promise.all(Object.entries(ctx.booking.branches).map(seedBranch))
  logger.info(`Seeded counter sales: ${sold} sales over ${DAYS} days (${failed} skipped)`)
}

/**
 * Tenders that pay a sale exactly: its total at list prices (the counter's default), a service
 * paid by a package session counting 0.
 */
async function tendersFor(
  container: MedusaContainer,
  sale: { customer_id?: string; lines: CounterSaleLineInput[] },
  next: () => number
): Promise<CounterTenderInput[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
  const itemIds = sale.lines.flatMap((line) =>
    line.type === "service" ? [line.appointment_item_id] : []
  )
  const skus = sale.lines.flatMap((line) => (line.type === "product" && line.sku ? [line.sku] : []))
  const covered = new Set(
    (itemIds.length ? await packages.listPackageReservations({ appointment_item_id: itemIds }) : [])
      .filter((reservation) => ["reserved", "redeemed"].includes(reservation.status))
      .map((reservation) => reservation.appointment_item_id)
  )
  const { data: items } = itemIds.length
    ? await query.graph({
        entity: "appointment_item",
        fields: ["id", "variant_id"],
        filters: { id: itemIds },
      })
    : { data: [] }
  const variantIds = items.map((item) => item.variant_id as string)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "prices.amount", "prices.currency_code"],
    filters: { $or: [{ id: variantIds }, { sku: skus }] },
  })
  type PricedVariant = {
    id: string
    sku?: string | null
    prices?: { amount: number; currency_code: string }[]
  }
  const priced = variants as unknown as PricedVariant[]
  const price = (match: (variant: PricedVariant) => boolean) =>
    Number(priced.find(match)?.prices?.find((row) => row.currency_code === "cny")?.amount ?? 0)
  let total = 0
  for (const line of sale.lines) {
    if (line.type === "service" && !covered.has(line.appointment_item_id)) {
      const item = items.find((candidate) => candidate.id === line.appointment_item_id)
      total += price((variant) => variant.id === item?.variant_id)
    } else if (line.type === "product") {
      total += price((variant) => variant.sku === line.sku) * line.quantity
    } else if (line.type === "tip") {
      total += Number(line.amount)
    }
  }
  total = Math.round(total * 100) / 100
  if (!total) return []
  const kind = (["cash", "wechat_pay", "alipay", "card", "wechat_pay"] as const)[
    Math.floor(next() * 5)
  ]
  if (kind === "cash") {
    return [{ kind, amount: total, tendered: Math.ceil(total / 50) * 50 }]
  }
  if (total > 200 && next() < 0.3) {
    const cash = Math.round(total * 0.3)
    return [
      { kind: "cash", amount: cash, tendered: Math.ceil(cash / 10) * 10 },
      {
        kind,
        amount: Math.round((total - cash) * 100) / 100,
        reference: `demo-${Math.floor(next() * 1e8)}`,
      },
    ]
  }
  return [{ kind, amount: total, reference: `demo-${Math.floor(next() * 1e8)}` }]
}
