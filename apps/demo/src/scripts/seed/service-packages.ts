import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SERVICE_PACKAGE_MODULE } from "medusa-plugin-salon-erp/modules/service-package"
import type ServicePackageModuleService from "medusa-plugin-salon-erp/src/modules/service-package/service"
import { createPackageTemplateWorkflow } from "medusa-plugin-salon-erp/src/workflows/service-package/workflows/create-package-template"
import { reserveAppointmentSessionsWorkflow } from "medusa-plugin-salon-erp/src/workflows/service-package/workflows/reserve-appointment-sessions"
import { loadTemplatesForSale } from "medusa-plugin-salon-erp/src/lib/service-package/load-templates"
import { packageTerms } from "medusa-plugin-salon-erp/src/lib/service-package/terms"
import type { BookingSeed } from "./booking"
import type { SeedContext } from "./context"

const DAY_MS = 86_400_000

type DemoTemplate = {
  key: string
  name: string
  description: string
  items: { service: string; sessions: number; session_value?: number }[]
  validity_days?: number
  valid_until?: string
  branch_scope: "all_branches" | "selling_branch"
  allocation_method: "list_price" | "equal" | "fixed"
  refund_fee_percent?: number
  cny: number
  hkd: number
}

const TEMPLATES: DemoTemplate[] = [
  {
    key: "facial-10",
    name: "10 Hydrating Facials",
    description: "Ten hydrating facials for the price of nine, valid for a year at every branch.",
    items: [{ service: "hydrating-facial", sessions: 10 }],
    validity_days: 365,
    branch_scope: "all_branches",
    allocation_method: "equal",
    cny: 3580,
    hkd: 3940,
  },
  {
    key: "spa-course",
    name: "Spa Course: 6 Facials + 4 Massages",
    description: "Deep cleansing facials and aromatherapy massages, alternating over six months.",
    items: [
      { service: "deep-cleansing-facial", sessions: 6 },
      { service: "aromatherapy-massage", sessions: 4 },
    ],
    validity_days: 180,
    branch_scope: "all_branches",
    allocation_method: "list_price",
    refund_fee_percent: 10,
    cny: 3880,
    hkd: 4280,
  },
  {
    key: "nail-card",
    name: "Jing'an Nail Card: 8 Gel Manicures",
    description: "Eight gel manicures at our Jing'an salon.",
    items: [{ service: "gel-manicure", sessions: 8, session_value: 170 }],
    valid_until: `${new Date().getUTCFullYear() + 1}-12-31T15:59:59.000Z`,
    branch_scope: "selling_branch",
    allocation_method: "fixed",
    cny: 1360,
    hkd: 1500,
  },
]

/** Who performs a service category at each branch (redemptions record them). */
const PERFORMERS: Record<string, Record<string, string>> = {
  jingan: { facial: "Anna Li", massage: "Bella Wu", nails: "Chen Jing" },
  xihu: { facial: "Fiona Xu", massage: "Iris Qian", nails: "Helen Ma" },
}
const SELLERS: Record<string, string> = { jingan: "Emma Sun", xihu: "Iris Qian" }

type DemoSale = {
  customer: number
  template: string
  branch: "jingan" | "xihu"
  days_ago: number
  payment_method: "cash" | "card" | "wechat_pay" | "alipay" | "bank_transfer"
  /** Sessions used, per service key. */
  used: Record<string, number>
  then?: "freeze" | "expire"
}

/**
 * Part-used packages: a few fresh, some half-used, one used up, one frozen, one about to expire
 * (bought 345 days ago), one that expired unused (its sessions are forfeited by the seed).
 */
const SALES: DemoSale[] = [
  {
    customer: 0,
    template: "facial-10",
    branch: "jingan",
    days_ago: 120,
    payment_method: "wechat_pay",
    used: { "hydrating-facial": 4 },
  },
  {
    customer: 0,
    template: "nail-card",
    branch: "jingan",
    days_ago: 60,
    payment_method: "alipay",
    used: { "gel-manicure": 3 },
  },
  {
    customer: 1,
    template: "spa-course",
    branch: "jingan",
    days_ago: 45,
    payment_method: "card",
    used: { "deep-cleansing-facial": 2, "aromatherapy-massage": 1 },
  },
  {
    customer: 2,
    template: "facial-10",
    branch: "xihu",
    days_ago: 345,
    payment_method: "cash",
    used: { "hydrating-facial": 7 },
  },
  {
    customer: 3,
    template: "spa-course",
    branch: "xihu",
    days_ago: 20,
    payment_method: "wechat_pay",
    used: {},
  },
  {
    customer: 4,
    template: "facial-10",
    branch: "jingan",
    days_ago: 200,
    payment_method: "bank_transfer",
    used: { "hydrating-facial": 10 },
  },
  {
    customer: 5,
    template: "spa-course",
    branch: "jingan",
    days_ago: 90,
    payment_method: "alipay",
    used: { "deep-cleansing-facial": 3, "aromatherapy-massage": 2 },
    then: "freeze",
  },
  {
    customer: 6,
    template: "facial-10",
    branch: "xihu",
    days_ago: 400,
    payment_method: "card",
    used: {},
    then: "expire",
  },
  {
    customer: 7,
    template: "nail-card",
    branch: "jingan",
    days_ago: 10,
    payment_method: "wechat_pay",
    used: { "gel-manicure": 1 },
  },
  {
    customer: 8,
    template: "facial-10",
    branch: "jingan",
    days_ago: 30,
    payment_method: "alipay",
    used: { "hydrating-facial": 2 },
  },
]

export type ServicePackageSeed = {
  templates: Record<string, { id: string; variant_id: string; name: string }>
  packages: { id: string; customer_id: string; template: string }[]
}

/**
 * Three package templates sold online and at the counter, and part-used packages for ten demo
 * customers (bought weeks or months ago, sessions redeemed by the branches' therapists), with
 * one frozen, one about to expire and one expired; upcoming demo appointments of those
 * customers get their sessions reserved. Idempotency keys make a second run add nothing.
 */
export async function seedServicePackages(
  container: MedusaContainer,
  ctx: SeedContext & { admin_user_id: string },
  booking: BookingSeed
): Promise<ServicePackageSeed> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
  const settings = await packages.getSettings()

  const templates: ServicePackageSeed["templates"] = {}
  for (const demo of TEMPLATES) {
    let [existing] = await packages.listPackageTemplates({ name: demo.name })
    if (!existing) {
      const { result } = await createPackageTemplateWorkflow(container).run({
        input: {
          name: demo.name,
          description: demo.description,
          currency_code: "cny",
          items: demo.items.map((item) => ({
            salon_service_id: booking.services[item.service].id,
            sessions: item.sessions,
            session_value: item.session_value ?? null,
          })),
          validity_days: demo.validity_days ?? null,
          valid_until: demo.valid_until ?? null,
          branch_scope: demo.branch_scope,
          allocation_method: demo.allocation_method,
          refund_fee_percent: demo.refund_fee_percent ?? null,
          prices: [
            { currency_code: "cny", amount: demo.cny },
            { currency_code: "hkd", amount: demo.hkd },
          ],
          sales_channel_ids: [ctx.sales_channel_id],
        },
      })
      existing = await packages.retrievePackageTemplate(result.id)
    }
    templates[demo.key] = { id: existing.id, variant_id: existing.variant_id, name: existing.name }
  }

  const forSale = await loadTemplatesForSale(container, {
    id: Object.values(templates).map((template) => template.id),
  })
  const sold: ServicePackageSeed["packages"] = []
  let issued = 0
  for (const sale of SALES) {
    const customer = booking.customers[sale.customer]
    const template = forSale.find((candidate) => candidate.id === templates[sale.template].id)
    if (!customer || !template) continue
    const demo = TEMPLATES.find((candidate) => candidate.key === sale.template)!
    const purchasedAt = new Date(Date.now() - sale.days_ago * DAY_MS)
    const terms = packageTerms(
      { ...template, is_active: true },
      demo.cny,
      purchasedAt,
      settings.refund_fee_percent
    )
    if (!demo.validity_days && new Date(terms.expires_at).getTime() <= purchasedAt.getTime()) {
      continue
    }
    const branch = booking.branches[sale.branch]
    const result = await packages.issuePackage({
      ...terms,
      // History imported into the demo: the package was sold `days_ago` days ago.
      idempotency_key: `demo-sale:${customer.id}:${sale.template}`,
      key_scope: "system",
      author_type: "user",
      author_id: ctx.admin_user_id,
      customer_id: customer.id,
      source: "counter",
      payment_method: sale.payment_method,
      selling_branch_id: branch.id,
      sold_by_staff_member_id: booking.staff[SELLERS[sale.branch]]?.id ?? null,
      sold_by_user_id: ctx.admin_user_id,
    })
    if (result.created) issued++
    sold.push({ id: result.package_id, customer_id: customer.id, template: sale.template })
    for (const [serviceKey, used] of Object.entries(sale.used)) {
      const service = booking.services[serviceKey]
      const performer = booking.staff[PERFORMERS[sale.branch][service.category]]
      for (let n = 1; n <= used; n++) {
        await packages.redeemSessions({
          package_id: result.package_id,
          salon_service_id: service.id,
          branch_id: branch.id,
          staff_member_id: performer.id,
          idempotency_key: `demo-redeem:${result.package_id}:${serviceKey}:${n}`,
          key_scope: "system",
          author_type: "user",
          author_id: ctx.admin_user_id,
        })
      }
    }
    if (sale.then === "freeze") {
      await packages.freezePackage({
        package_id: result.package_id,
        reason: "Customer travelling abroad for two months",
        idempotency_key: `demo-freeze:${result.package_id}`,
        key_scope: "system",
        author_type: "user",
        author_id: ctx.admin_user_id,
      })
    }
    if (sale.then === "expire") {
      await packages.expirePackage(result.package_id)
    }
  }

  // Upcoming demo appointments of package holders: hold their sessions, as a booking would.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: upcoming } = await query.graph({
    entity: "appointment",
    fields: ["id"],
    filters: {
      customer_id: [...new Set(sold.map((pkg) => pkg.customer_id))],
      status: ["booked", "confirmed"],
      starts_at: { $gt: new Date() },
    },
  })
  let reserved = 0
  for (const appointment of upcoming) {
    const { result } = await reserveAppointmentSessionsWorkflow(container).run({
      input: { appointment_id: appointment.id },
    })
    reserved += result.length
  }

  logger.info(
    `Seeded service packages: ${Object.keys(templates).length} templates, ${issued} new packages ` +
      `(${sold.length} in all), ${reserved} sessions newly reserved for upcoming appointments`
  )
  return { templates, packages: sold }
}
