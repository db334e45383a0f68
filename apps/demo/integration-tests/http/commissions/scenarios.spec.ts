import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, explainErrors } from "../../utils/admin"
import { TZ, at, createCustomer, createSalon, nextWeekday } from "../../utils/booking"
import { periodOf } from "medusa-plugin-salon-erp/src/modules/commission/lib/periods"
import { completeCart, createCart, createShop, createSimpleProduct } from "../../utils/cart"
import {
  type EarnedRow,
  createPercentOffCode,
  createRule,
  listEntries,
  netEarnings,
} from "../../utils/commissions"
import { createTemplate, newKey, sellPackage, waitFor } from "../../utils/service-packages"
import { createStoreCustomer } from "../../utils/store"

jest.setTimeout(240 * 1000)

/**
 * The commission scenario table, end to end: each row sets rules, makes things happen through the
 * API (appointments, orders, top-ups, packages, refunds, period closes) and states exactly what
 * each staff member earned, per kind, netted over entries and reversals.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    type Ctx = {
      admin: { headers: Record<string, string> }
      salon: Awaited<ReturnType<typeof createSalon>>
      customer: { id: string }
      names: Record<string, string>
      /** Books, checks in and completes an appointment; resolves once its commissions are recorded. */
      serve: (
        items: {
          service: "facial" | "manicure"
          staff: "anna" | "bella"
          is_designated?: boolean
        }[],
        before?: (appointment: { id: string; items: { id: string }[] }) => Promise<void>
      ) => Promise<{ id: string; items: { id: string }[] }>
      earned: (params?: Record<string, string>) => Promise<EarnedRow[]>
      period: string
    }

    let ctx: Ctx
    let slot = 0

    beforeEach(async () => {
      explainErrors(api)
      const admin = await adminHeaders(api, getContainer())
      const salon = await createSalon(api, admin)
      const customer = await createCustomer(api, admin)
      const day = nextWeekday(2)
      const period = periodOf(new Date(), TZ)
      ctx = {
        admin,
        salon,
        customer,
        period,
        names: { [salon.anna.id]: "Anna", [salon.bella.id]: "Bella" },
        serve: async (items, before) => {
          const time = `${String(10 + (slot++ % 8)).padStart(2, "0")}:00`
          const { data } = await api.post(
            "/admin/appointments",
            {
              customer_id: customer.id,
              branch_id: salon.branch.id,
              starts_at: at(day, time),
              items: items.map((item) => ({
                salon_service_id: salon[item.service].id,
                staff_member_id: salon[item.staff].id,
                is_designated: item.is_designated ?? false,
              })),
            },
            admin
          )
          const appointment = data.appointment
          await before?.(appointment)
          await api.post(`/admin/appointments/${appointment.id}/check-in`, {}, admin)
          await api.post(`/admin/appointments/${appointment.id}/complete`, {}, admin)
          return appointment
        },
        earned: async (params = {}) =>
          netEarnings(await listEntries(api, admin, params), ctx.names),
      }
    })

    /** Waits until what the source earned stops being empty (subscribers run after the request). */
    const earnedOn = (sourceId: string, expectedRows: number) =>
      waitFor(async () => {
        const rows = await ctx.earned({ source_id: sourceId })
        return rows.length >= expectedRows ? rows : null
      }, `commissions of ${sourceId}`)

    const scenarios: {
      name: string
      rules: Record<string, unknown>[]
      act: (ctx: Ctx) => Promise<void>
      expected: EarnedRow[]
    }[] = [
      {
        name: "a service at list price earns the default percent",
        rules: [{ kind: "service_performed", rate: 10 }],
        act: async (c) => {
          const appointment = await c.serve([{ service: "facial", staff: "anna" }])
          await earnedOn(appointment.id, 1)
        },
        expected: [{ staff: "Anna", kind: "service_performed", base: 398, amount: 39.8 }],
      },
      {
        name: "a requested (designated) staff member earns the multiplier",
        rules: [{ kind: "service_performed", rate: 10, designated_multiplier: 1.5 }],
        act: async (c) => {
          const appointment = await c.serve([
            { service: "facial", staff: "anna", is_designated: true },
          ])
          await earnedOn(appointment.id, 1)
        },
        expected: [{ staff: "Anna", kind: "service_performed", base: 398, amount: 59.7 }],
      },
      {
        name: "the most specific rule wins: staff > service > category > level > default",
        rules: [
          { kind: "service_performed", rate: 10 },
          { kind: "service_performed", rate: 12, staff_level: "senior" },
          { kind: "service_performed", rate: 15, category: "facial" },
          {
            kind: "service_performed",
            rate: 18,
            target_type: "salon_service",
            target_id: "$facial",
          },
          { kind: "service_performed", rate: 20, staff_member_id: "$anna" },
        ],
        act: async (c) => {
          const appointment = await c.serve([
            { service: "facial", staff: "anna" }, // staff rule: 20% of 398
            { service: "facial", staff: "bella" }, // service rule: 18% of 398
            { service: "manicure", staff: "bella" }, // level rule (senior): 12% of 188
          ])
          await earnedOn(appointment.id, 2)
        },
        expected: [
          { staff: "Anna", kind: "service_performed", base: 398, amount: 79.6 },
          { staff: "Bella", kind: "service_performed", base: 586, amount: 94.2 },
        ],
      },
      {
        name: "a 70/30 split attribution shares the base",
        rules: [{ kind: "service_performed", rate: 10 }],
        act: async (c) => {
          const appointment = await c.serve([{ service: "facial", staff: "anna" }])
          await earnedOn(appointment.id, 1)
          await api.post(
            "/admin/commission-attributions",
            {
              source_type: "appointment",
              source_id: appointment.id,
              source_line_id: appointment.items[0].id,
              role: "labour",
              shares: [
                { staff_member_id: c.salon.anna.id, share: 70 },
                { staff_member_id: c.salon.bella.id, share: 30 },
              ],
            },
            c.admin
          )
        },
        expected: [
          { staff: "Anna", kind: "service_performed", base: 278.6, amount: 27.86 },
          { staff: "Bella", kind: "service_performed", base: 119.4, amount: 11.94 },
        ],
      },
      {
        name: "a product sold with a 10% discount earns on what was paid, for the attributed seller",
        rules: [{ kind: "product_sold", rate: 8 }],
        act: async (c) => {
          const shop = await createShop(api, c.admin)
          const serum = await createSimpleProduct(api, c.admin, shop, "Serum", 300)
          await createPercentOffCode(api, c.admin, "TENOFF", 10)
          const member = await createStoreCustomer(api, shop.publishable_key, "Ling")
          const cartId = await createCart(api, member, shop, [{ variant_id: serum, quantity: 1 }])
          await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["TENOFF"] }, member)
          const order = await completeCart(api, member, cartId)
          // Online orders have no seller: nothing until staff attribute the sale.
          const { data } = await api.get(
            `/admin/commission-attributions?source_type=order&source_id=${order.id}`,
            c.admin
          )
          expect(data.commission_attribution.lines).toEqual([
            expect.objectContaining({ role: "sales", is_default: true, earners: [] }),
          ])
          await api.post(
            "/admin/commission-attributions",
            {
              source_type: "order",
              source_id: order.id,
              source_line_id: data.commission_attribution.lines[0].source_line_id,
              role: "sales",
              shares: [{ staff_member_id: c.salon.bella.id, share: 100 }],
            },
            c.admin
          )
        },
        expected: [{ staff: "Bella", kind: "product_sold", base: 270, amount: 21.6 }],
      },
      {
        name: "stored value: a top-up earns on principal only; a service paid from it on the principal part",
        rules: [
          { kind: "service_performed", rate: 10 },
          { kind: "top_up_sold", rate: 3 },
        ],
        act: async (c) => {
          const topUp = await api.post(
            "/admin/stored-value/top-ups",
            {
              customer_id: c.customer.id,
              currency_code: "cny",
              principal_amount: 1000,
              bonus_amount: 250,
              payment_method: "cash",
              staff_member_id: c.salon.bella.id,
            },
            { headers: { ...c.admin.headers, "idempotency-key": newKey("top-up") } }
          )
          await earnedOn(topUp.data.operation.operation_id, 1)
          // 398 paid from 1000 principal + 250 bonus: 318.40 principal, 79.60 bonus.
          const appointment = await c.serve(
            [{ service: "facial", staff: "anna" }],
            async (booked) => {
              await api.post(
                "/admin/stored-value/spends",
                {
                  customer_id: c.customer.id,
                  currency_code: "cny",
                  amount: 398,
                  reference_type: "appointment",
                  reference_id: booked.id,
                  staff_member_id: c.salon.anna.id,
                },
                { headers: { ...c.admin.headers, "idempotency-key": newKey("spend") } }
              )
            }
          )
          await earnedOn(appointment.id, 1)
        },
        expected: [
          { staff: "Anna", kind: "service_performed", base: 318.4, amount: 31.84 },
          { staff: "Bella", kind: "top_up_sold", base: 1000, amount: 30 },
        ],
      },
      {
        name: "a package earns its seller on the price paid, and each session its performer on the session value",
        rules: [
          { kind: "service_performed", rate: 10 },
          { kind: "package_sold", rate: 5 },
          { kind: "package_session_redeemed", rate: 15 },
        ],
        act: async (c) => {
          const template = await createTemplate(api, c.admin, [
            { salon_service_id: c.salon.facial.id, sessions: 10 },
          ])
          const sold = await sellPackage(api, c.admin, {
            customer_id: c.customer.id,
            template_id: template.id,
            branch_id: c.salon.branch.id,
            sold_by_staff_member_id: c.salon.bella.id,
          })
          await earnedOn(sold.id, 1)
          const appointment = await c.serve(
            [{ service: "facial", staff: "anna" }],
            async (booked) => {
              await waitFor(async () => {
                const { data } = await api.get(
                  `/admin/appointments/${booked.id}/package-reservations`,
                  c.admin
                )
                return data.package_reservations.items[0]?.reservation?.status === "reserved"
              }, "the package session reservation")
            }
          )
          await waitFor(
            async () => (await ctx.earned({ kind: "package_session_redeemed" })).length > 0,
            "the session's commission"
          )
          // The service was paid from the package: no service_performed on top.
          expect(await ctx.earned({ source_id: appointment.id })).toEqual([])
        },
        expected: [
          { staff: "Anna", kind: "package_session_redeemed", base: 100, amount: 15 },
          { staff: "Bella", kind: "package_sold", base: 1000, amount: 50 },
        ],
      },
      {
        name: "a progressive tier pays the higher rate only above the threshold, crossing it mid-month",
        rules: [
          {
            kind: "service_performed",
            rate: 10,
            tier_mode: "progressive",
            tiers: [{ threshold: 500, rate: 20 }],
          },
        ],
        act: async (c) => {
          const first = await c.serve([{ service: "facial", staff: "anna" }]) // 398 at 10% = 39.80
          await earnedOn(first.id, 1)
          const second = await c.serve([{ service: "facial", staff: "anna" }]) // 102 at 10% + 296 at 20% = 69.40
          await earnedOn(second.id, 1)
        },
        expected: [{ staff: "Anna", kind: "service_performed", base: 796, amount: 109.2 }],
      },
      {
        name: "a retroactive tier pays the higher rate on the whole month when the month closes",
        rules: [
          {
            kind: "service_performed",
            rate: 10,
            tier_mode: "retroactive",
            tiers: [{ threshold: 700, rate: 15 }],
          },
        ],
        act: async (c) => {
          const first = await c.serve([{ service: "facial", staff: "anna" }])
          await earnedOn(first.id, 1)
          const second = await c.serve([{ service: "facial", staff: "anna" }])
          await earnedOn(second.id, 1)
          expect(await c.earned()).toEqual([
            { staff: "Anna", kind: "service_performed", base: 796, amount: 79.6 },
          ])
          const { data } = await api.post(
            `/admin/commission-periods/${c.period}/close`,
            {},
            c.admin
          )
          expect(data.commission_period).toEqual(
            expect.objectContaining({ status: "closed", settlements: 1 })
          )
        },
        expected: [
          { staff: "Anna", kind: "service_performed", base: 796, amount: 79.6 },
          // 796 × (15% − 10%)
          { staff: "Anna", kind: "tier_settlement", base: 0, amount: 39.8 },
        ],
      },
      {
        name: "a refund after the month closed is clawed back in the next month; the closed month stays as it was",
        rules: [{ kind: "package_sold", rate: 5 }],
        act: async (c) => {
          const template = await createTemplate(api, c.admin, [
            { salon_service_id: c.salon.facial.id, sessions: 10 },
          ])
          const sold = await sellPackage(api, c.admin, {
            customer_id: c.customer.id,
            template_id: template.id,
            branch_id: c.salon.branch.id,
            sold_by_staff_member_id: c.salon.bella.id,
          })
          await earnedOn(sold.id, 1)
          await api.post(`/admin/commission-periods/${c.period}/close`, {}, c.admin)
          const before = await api.get(`/admin/commission-statements?period=${c.period}`, c.admin)

          const key = newKey("refund")
          await api.post(
            `/admin/service-packages/${sold.id}/refund`,
            { refund_method: "cash", reason: "moved away", idempotency_key: key },
            { headers: { ...c.admin.headers, "idempotency-key": key } }
          )
          const next = await waitFor(async () => {
            const entries = await listEntries(api, c.admin, { source_id: sold.id })
            return entries.find((entry) => entry.reverses_entry_id) ?? null
          }, "the clawback")
          expect(next.period > c.period).toBe(true)
          expect(next.explanation).toMatch(/^Reversal of 50\.00 CNY/)
          const after = await api.get(`/admin/commission-statements?period=${c.period}`, c.admin)
          expect(after.data).toEqual(before.data)
          expect(await c.earned({ period: next.period })).toEqual([
            { staff: "Bella", kind: "package_sold", base: -1000, amount: -50 },
          ])
        },
        // Over both months: nothing left.
        expected: [],
      },
    ]

    it.each(scenarios)("$name", async ({ rules, act, expected }) => {
      for (const rule of rules) {
        const resolved = Object.fromEntries(
          Object.entries(rule).map(([key, value]) => [
            key,
            value === "$facial"
              ? ctx.salon.facial.id
              : value === "$anna"
                ? ctx.salon.anna.id
                : value,
          ])
        )
        await createRule(api, ctx.admin, resolved)
      }
      await act(ctx)
      expect(await ctx.earned()).toEqual(expected)
    })
  },
})
