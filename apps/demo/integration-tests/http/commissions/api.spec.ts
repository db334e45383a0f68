import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, explainErrors } from "../../utils/admin"
import {
  TZ,
  at,
  createCustomer,
  createSalon,
  dayAhead,
  failure,
  nextWeekday,
} from "../../utils/booking"
import { periodOf } from "medusa-plugin-salon-erp/src/modules/commission/lib/periods"
import { completeCart, createCart, createShop, createSimpleProduct } from "../../utils/cart"
import { createRule, listEntries, netEarnings } from "../../utils/commissions"
import { createTemplate, newKey, sellPackage, waitFor } from "../../utils/service-packages"
import { createStoreCustomer } from "../../utils/store"
import { syncCommissionSourcesWorkflow } from "medusa-plugin-salon-erp/src/workflows/commission/workflows/sync-commission-sources"
import { readOutboxBacklog, relayOutboxEvents } from "medusa-plugin-salon-erp/src/lib/outbox/index"
import type CommissionModuleService from "medusa-plugin-salon-erp/src/modules/commission/service"
import type StoredValueModuleService from "medusa-plugin-salon-erp/src/modules/stored-value/service"
import type { Event, IEventBusModuleService } from "@medusajs/framework/types"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string> }
    let salon: Awaited<ReturnType<typeof createSalon>>
    let customer: { id: string }
    let names: Record<string, string>
    const day = nextWeekday(2)
    const period = periodOf(new Date(), TZ)
    let slot = 0

    beforeEach(async () => {
      explainErrors(api)
      admin = await adminHeaders(api, getContainer())
      salon = await createSalon(api, admin)
      customer = await createCustomer(api, admin)
      names = { [salon.anna.id]: "Anna", [salon.bella.id]: "Bella" }
      await createRule(api, admin, { kind: "service_performed", rate: 10 })
      await createRule(api, admin, { kind: "product_sold", rate: 8 })
      await createRule(api, admin, { kind: "package_sold", rate: 5 })
      await createRule(api, admin, { kind: "package_session_redeemed", rate: 15 })
      await createRule(api, admin, { kind: "top_up_sold", rate: 3 })
    })

    const serve = async (
      staff: "anna" | "bella" = "anna",
      is_designated = false,
      customerId = customer.id
    ) => {
      const { data } = await api.post(
        "/admin/appointments",
        {
          customer_id: customerId,
          branch_id: salon.branch.id,
          starts_at: at(day, `${String(10 + (slot++ % 8)).padStart(2, "0")}:00`),
          items: [
            { salon_service_id: salon.facial.id, staff_member_id: salon[staff].id, is_designated },
          ],
        },
        admin
      )
      await api.post(`/admin/appointments/${data.appointment.id}/check-in`, {}, admin)
      await api.post(`/admin/appointments/${data.appointment.id}/complete`, {}, admin)
      await waitFor(
        async () => (await listEntries(api, admin, { source_id: data.appointment.id })).length > 0,
        "commission"
      )
      return data.appointment as { id: string; items: { id: string }[] }
    }

    it("records nothing twice when any triggering event is replayed, even concurrently", async () => {
      const appointment = await serve()
      const template = await createTemplate(api, admin, [
        { salon_service_id: salon.facial.id, sessions: 10 },
      ])
      const sold = await sellPackage(api, admin, {
        customer_id: customer.id,
        template_id: template.id,
        branch_id: salon.branch.id,
        sold_by_staff_member_id: salon.bella.id,
      })
      const topUp = await api.post(
        "/admin/stored-value/top-ups",
        {
          customer_id: customer.id,
          currency_code: "cny",
          principal_amount: 500,
          payment_method: "cash",
          staff_member_id: salon.bella.id,
        },
        { headers: { ...admin.headers, "idempotency-key": newKey("top-up") } }
      )
      const operationId = topUp.data.operation.operation_id
      await waitFor(async () => (await listEntries(api, admin)).length >= 3, "three entries")
      const before = await listEntries(api, admin)

      // Every event again through the bus, twice, and the workflow directly, concurrently.
      const { data: completed } = await api.get(`/admin/appointments/${appointment.id}`, admin)
      const completedEvent = {
        ...completed.appointment,
        previous_status: "in_service",
        actor_type: "system",
        actor_id: null,
      }
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const replays: { name: string; data: Record<string, unknown> }[] = [
        { name: "appointment.completed", data: completedEvent },
        { name: "service_package.sold", data: { id: sold.id } },
        { name: "stored_value.topped_up", data: { operation_id: operationId } },
      ]
      await eventBus.emit([...replays, ...replays])
      await Promise.all(
        Array.from({ length: 5 }, () =>
          syncCommissionSourcesWorkflow(getContainer()).run({
            input: {
              sources: [
                { source_type: "appointment", source_id: appointment.id },
                { source_type: "service_package", source_id: sold.id },
              ],
              stored_value_operation_ids: [operationId],
            },
          })
        )
      )
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const after = await listEntries(api, admin)
      expect(after.map((entry) => entry.id).sort()).toEqual(before.map((entry) => entry.id).sort())
      expect(netEarnings(after, names)).toEqual([
        { staff: "Anna", kind: "service_performed", base: 398, amount: 39.8 },
        { staff: "Bella", kind: "package_sold", base: 1000, amount: 50 },
        { staff: "Bella", kind: "top_up_sold", base: 500, amount: 15 },
      ])
    })

    it("explains every entry, and re-prices a service when stored value is spent on it after completion", async () => {
      const appointment = await serve()
      const [entry] = await listEntries(api, admin, { source_id: appointment.id })
      expect(entry).toEqual(
        expect.objectContaining({
          kind: "service_performed",
          role: "labour",
          period,
          rate: 10,
          rate_type: "percent",
          rule_id: expect.any(String),
          explanation: expect.stringMatching(
            /^10% of 398\.00 CNY for Hydrating facial, appointment #\d+ \(list price: no payment recorded\) by rule "service_performed rule" \(default\) = 39\.80 CNY$/
          ),
        })
      )
      await api.post(
        "/admin/stored-value/top-ups",
        {
          customer_id: customer.id,
          currency_code: "cny",
          principal_amount: 300,
          bonus_amount: 100,
          payment_method: "cash",
        },
        { headers: { ...admin.headers, "idempotency-key": newKey("top-up") } }
      )
      // 360 of the 398 from stored value: 270 principal + 90 bonus.
      await api.post(
        "/admin/stored-value/spends",
        {
          customer_id: customer.id,
          currency_code: "cny",
          amount: 360,
          reference_type: "appointment",
          reference_id: appointment.id,
        },
        { headers: { ...admin.headers, "idempotency-key": newKey("spend") } }
      )
      const entries = await waitFor(async () => {
        const rows = await listEntries(api, admin, { source_id: appointment.id })
        return rows.length === 3 ? rows : null
      }, "the re-priced service")
      expect(netEarnings(entries, names)).toEqual([
        { staff: "Anna", kind: "service_performed", base: 270, amount: 27 },
      ])
      expect(entries.find((row) => row.reverses_entry_id === entry.id)).toEqual(
        expect.objectContaining({
          amount: -39.8,
          explanation: expect.stringMatching(/^Reversal of 39\.80 CNY/),
        })
      )
    })

    it("claws back an order's sales commission when it is canceled", async () => {
      const shop = await createShop(api, admin)
      const serum = await createSimpleProduct(api, admin, shop, "Serum", 250)
      const member = await createStoreCustomer(api, shop.publishable_key, "Ling")
      const cartId = await createCart(api, member, shop, [{ variant_id: serum, quantity: 2 }])
      const order = await completeCart(api, member, cartId)
      const { data } = await api.get(
        `/admin/commission-attributions?source_type=order&source_id=${order.id}`,
        admin
      )
      const line = data.commission_attribution.lines[0]
      const set = await api.post(
        "/admin/commission-attributions",
        {
          source_type: "order",
          source_id: order.id,
          source_line_id: line.source_line_id,
          role: "sales",
          shares: [
            { staff_member_id: salon.anna.id, share: 50 },
            { staff_member_id: salon.bella.id, share: 50 },
          ],
        },
        admin
      )
      expect(set.data.commission_attribution.lines[0]).toEqual(
        expect.objectContaining({
          is_default: false,
          earners: [salon.anna.id, salon.bella.id]
            .sort()
            .map((id) => ({ staff_member_id: id, share: 50, base: "500" })),
        })
      )
      expect(netEarnings(await listEntries(api, admin), names)).toEqual([
        { staff: "Anna", kind: "product_sold", base: 250, amount: 20 },
        { staff: "Bella", kind: "product_sold", base: 250, amount: 20 },
      ])
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      await waitFor(async () => (await listEntries(api, admin)).length === 4, "the clawback")
      expect(netEarnings(await listEntries(api, admin), names)).toEqual([])
    })

    it("refuses attribution changes that make no sense, with messages staff can act on", async () => {
      const appointment = await serve()
      const base = {
        source_type: "appointment",
        source_id: appointment.id,
        source_line_id: appointment.items[0].id,
        role: "labour",
      }
      const cases: [Record<string, unknown>, number, RegExp][] = [
        [
          { ...base, shares: [{ staff_member_id: salon.anna.id, share: 60 }] },
          400,
          /add up to 100; they add up to 60/,
        ],
        [{ ...base, role: "sales", shares: [] }, 400, /earns labour commission/],
        [{ ...base, source_line_id: "apit_nope", shares: [] }, 400, /is not a line of appointment/],
        [
          { ...base, source_id: "appt_nope", shares: [] },
          404,
          /Appointment with id: appt_nope was not found/,
        ],
        [
          { ...base, shares: [{ staff_member_id: "stf_nope", share: 100 }] },
          404,
          /^shares\.0\.staff_member_id: staff member stf_nope was not found$/,
        ],
        [
          { ...base, source_line_id: "apit\u0000", shares: [] },
          400,
          /source_line_id: must not contain control characters/,
        ],
        [
          { ...base, shares: [{ staff_member_id: "stf\u0000", share: 100 }] },
          400,
          /shares\.0\.staff_member_id/,
        ],
        [{ ...base, source_type: "invoice", shares: [] }, 400, /source_type/],
      ]
      for (const [body, status, message] of cases) {
        const response = await failure(api.post("/admin/commission-attributions", body, admin))
        expect([response.status, response.data.message]).toEqual([
          status,
          expect.stringMatching(message),
        ])
      }
      // Nothing changed.
      expect(netEarnings(await listEntries(api, admin), names)).toEqual([
        { staff: "Anna", kind: "service_performed", base: 398, amount: 39.8 },
      ])
      // Once the month is closed, who earned it is settled.
      await api.post(`/admin/commission-periods/${period}/close`, {}, admin)
      const closed = await failure(
        api.post(
          "/admin/commission-attributions",
          { ...base, shares: [{ staff_member_id: salon.bella.id, share: 100 }] },
          admin
        )
      )
      expect([closed.status, closed.data.message]).toEqual([
        400,
        expect.stringMatching(/period .* is closed/),
      ])
    })

    it("validates rules, and a changed rule prices only what is recorded afterwards", async () => {
      const cases: [Record<string, unknown>, number, RegExp][] = [
        [{ kind: "service_performed", rate: 120 }, 400, /percent rate is at most 100/],
        [
          { kind: "service_performed", rate: 10, tiers: [{ threshold: 100, rate: 20 }] },
          400,
          /tiers need tier_mode/,
        ],
        [
          {
            kind: "service_performed",
            rate: 10,
            tier_mode: "progressive",
            tiers: [
              { threshold: 500, rate: 20 },
              { threshold: 400, rate: 30 },
            ],
          },
          400,
          /tiers\[1\]\.threshold must be above the previous tier's \(500\)/,
        ],
        [
          { kind: "service_performed", rate: 10, target_type: "salon_service" },
          400,
          /target_type and target_id go together/,
        ],
        [
          { kind: "top_up_sold", rate: 10, target_type: "product", target_id: "prod_1" },
          400,
          /can target recharge_plan, not product/,
        ],
        [
          { kind: "service_performed", rate: 10, staff_member_id: "stf_nope" },
          404,
          /^staff_member_id: staff member stf_nope was not found$/,
        ],
        [
          { kind: "service_performed", rate: 10, branch_id: "brch_nope" },
          404,
          /^branch_id: branch brch_nope was not found$/,
        ],
        [{ kind: "service_performed", rate: 10, name: "Nul\u0000rule" }, 400, /name: must not/],
        [{ kind: "service_performed", rate: 10, name: "x".repeat(100_000) }, 400, /name/],
        [
          { kind: "service_performed", rate: 10, category: "hair\u0000" },
          400,
          /category: must not contain control characters/,
        ],
        [
          { kind: "service_performed", rate: 10, designated_multiplier: 0 },
          400,
          /designated_multiplier/,
        ],
        [{ kind: "massage", rate: 10 }, 400, /kind/],
      ]
      for (const [body, status, message] of cases) {
        const response = await failure(
          api.post("/admin/commission-rules", { name: "x", ...body }, admin)
        )
        expect([response.status, response.data.message]).toEqual([
          status,
          expect.stringMatching(message),
        ])
      }
      expect((await failure(api.get("/admin/commission-rules/crul_nope", admin))).status).toBe(404)
      expect(
        (await failure(api.post("/admin/commission-rules/crul_nope", { rate: 5 }, admin))).status
      ).toBe(404)

      const first = await serve()
      const { data: rules } = await api.get("/admin/commission-rules?kind=service_performed", admin)
      expect(rules.commission_rules).toHaveLength(1)
      const updated = await api.post(
        `/admin/commission-rules/${rules.commission_rules[0].id}`,
        { rate: 20 },
        admin
      )
      expect(updated.data.commission_rule.rate).toBe(20)
      const second = await serve()
      expect((await listEntries(api, admin, { source_id: first.id }))[0].amount).toBe(39.8)
      expect((await listEntries(api, admin, { source_id: second.id }))[0].amount).toBe(79.6)
      await api.delete(`/admin/commission-rules/${rules.commission_rules[0].id}`, admin)
      expect(
        (await api.get("/admin/commission-rules?kind=service_performed", admin)).data
          .commission_rules
      ).toEqual([])
    })

    it("gives payroll statements, entries with filters, a CSV export, and a ranked performance report", async () => {
      await serve("anna", true)
      await serve("anna", false)
      await serve("bella", true)
      await api.post(
        "/admin/stored-value/top-ups",
        {
          customer_id: customer.id,
          currency_code: "cny",
          principal_amount: 1000,
          payment_method: "cash",
          staff_member_id: salon.bella.id,
          branch_id: salon.branch.id,
        },
        { headers: { ...admin.headers, "idempotency-key": newKey("top-up") } }
      )
      await waitFor(
        async () => (await listEntries(api, admin, { kind: "top_up_sold" })).length === 1,
        "the top-up"
      )

      const { data: statements } = await api.get(
        `/admin/commission-statements?period=${period}`,
        admin
      )
      const byName = Object.fromEntries(
        statements.commission_statements.statements.map((s: any) => [s.staff_member.name, s])
      )
      expect(statements.commission_statements.status).toBe("open")
      expect(byName["Anna Li"]).toEqual(
        expect.objectContaining({
          total_amount: "79.6",
          total_base: "796",
          entries: 2,
          by_kind: { service_performed: { base: "796", amount: "79.6", entries: 2 } },
        })
      )
      expect(byName["Bella Wu"].by_kind).toEqual({
        service_performed: { base: "398", amount: "39.8", entries: 1 },
        top_up_sold: { base: "1000", amount: "30", entries: 1 },
      })

      const filtered = await api.get(
        `/admin/commission-entries?staff_member_id=${salon.bella.id}&kind=top_up_sold`,
        admin
      )
      expect(filtered.data.count).toBe(1)
      expect(filtered.data.commission_entries[0]).toEqual(
        expect.objectContaining({
          base: 1000,
          amount: 30,
          role: "sales",
          source_type: "stored_value_top_up",
        })
      )

      const csv = await api.get(`/admin/commission-entries/export?period=${period}`, admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = (csv.data as string).trim().split("\n")
      expect(lines[0]).toBe(
        "id,period,occurred_at,staff_member_id,branch_id,customer_id,kind,role,source_type,source_id,source_line_id,currency_code,base,share,quantity,rule_id,rate_type,rate,multiplier,is_designated,amount,reverses_entry_id,explanation"
      )
      expect(lines).toHaveLength(5)
      expect(lines.filter((line) => line.includes(",top_up_sold,"))[0]).toContain(",1000,100,1,")

      // Services count on the day they were completed (today, chain time).
      const today = dayAhead(0)
      const { data: report } = await api.get(
        `/admin/staff-performance?from=${today}&to=${today}`,
        admin
      )
      expect(
        report.staff_performance.rows.map((row: any) => [
          row.rank,
          row.staff_member.name,
          row.services_performed,
          row.customers_served,
          row.designated_rate,
          row.sales,
          row.commission,
        ])
      ).toEqual([
        [1, "Anna Li", 2, 1, 50, "0.00", "79.60"],
        [2, "Bella Wu", 1, 1, 100, "1000.00", "69.80"],
      ])
      const bySales = await api.get(
        `/admin/staff-performance?from=${today}&to=${today}&rank_by=sales`,
        admin
      )
      expect(bySales.data.staff_performance.rows[0].staff_member.name).toBe("Bella Wu")

      const periods = await api.get("/admin/commission-periods", admin)
      expect(periods.data.commission_periods[0]).toEqual(
        expect.objectContaining({
          period,
          status: "open",
          entries: 4,
          staff_members: 2,
          total_amount: "149.4",
        })
      )
    })

    it("refuses bad report and period requests, and everything without an admin session", async () => {
      const bad: [string, RegExp][] = [
        ["/admin/commission-statements", /period/],
        ["/admin/commission-statements?period=2026-13", /YYYY-MM/],
        ["/admin/staff-performance?from=2026-11-30&to=2026-11-01", /must not be before/],
        ["/admin/staff-performance?from=2026-11-01", /to/],
        ["/admin/commission-entries?occurred_from=yesterday", /ISO 8601/],
        ["/admin/commission-attributions?source_type=order", /source_id/],
      ]
      for (const [url, message] of bad) {
        const response = await failure(api.get(url, admin))
        expect([url, response.status, response.data.message]).toEqual([
          url,
          400,
          expect.stringMatching(message),
        ])
      }
      const future = await failure(api.post("/admin/commission-periods/2999-01/close", {}, admin))
      expect([future.status, future.data.message]).toEqual([
        400,
        expect.stringMatching(/has not started/),
      ])
      await api.post(`/admin/commission-periods/${period}/close`, {}, admin)
      const twice = await failure(api.post(`/admin/commission-periods/${period}/close`, {}, admin))
      expect([twice.status, twice.data.message]).toEqual([
        400,
        expect.stringMatching(/already closed/),
      ])

      for (const [method, url] of [
        ["get", "/admin/commission-rules"],
        ["post", "/admin/commission-rules"],
        ["get", "/admin/commission-entries"],
        ["get", "/admin/commission-entries/export"],
        ["get", `/admin/commission-statements?period=${period}`],
        ["get", "/admin/commission-periods"],
        ["post", `/admin/commission-periods/${period}/close`],
        ["post", "/admin/commission-attributions"],
        ["post", "/admin/commission-sources/sync"],
        ["get", "/admin/staff-performance?from=2026-11-01&to=2026-11-02"],
      ] as const) {
        const response = await failure(method === "get" ? api.get(url) : api.post(url, {}))
        expect([url, response.status]).toEqual([url, 401])
      }
    })

    describe("events through the outbox", () => {
      /** Records every delivery of the given events, with the outbox id each carried. */
      const listenTo = (names: string[]) => {
        const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        const delivered: { name: string; data: unknown; outbox_event_id: unknown }[] = []
        const subscriber = async (event: Event) => {
          delivered.push({
            name: event.name,
            data: event.data,
            outbox_event_id: event.metadata?.outbox_event_id,
          })
        }
        for (const name of names) {
          eventBus.subscribe(name, subscriber, { subscriberId: `test-${name}` })
        }
        return {
          delivered,
          stop: () => {
            for (const name of names) {
              eventBus.unsubscribe(name, subscriber, { subscriberId: `test-${name}` })
            }
          },
        }
      }

      it("publishes what a workflow recorded, and recovers events whose process died after the commit", async () => {
        const listener = listenTo(["commission.entries_recorded", "commission.attribution_changed"])
        try {
          // The fast path: the workflow publishes its own events, each with its outbox id.
          const appointment = await serve()
          await waitFor(async () => listener.delivered.length >= 1, "commission.entries_recorded")
          const [first] = await listEntries(api, admin, { source_id: appointment.id })
          expect(listener.delivered).toEqual([
            {
              name: "commission.entries_recorded",
              data: {
                source_type: "appointment",
                source_id: appointment.id,
                entry_ids: [first.id],
              },
              outbox_event_id: expect.stringMatching(/^cmob_/),
            },
          ])
          await api.post(
            "/admin/commission-attributions",
            {
              source_type: "appointment",
              source_id: appointment.id,
              source_line_id: appointment.items[0].id,
              role: "labour",
              shares: [
                { staff_member_id: salon.anna.id, share: 50 },
                { staff_member_id: salon.bella.id, share: 50 },
              ],
            },
            admin
          )
          await waitFor(async () => listener.delivered.length >= 2, "attribution_changed")
          const changed = listener.delivered[1]
          expect(changed.name).toBe("commission.attribution_changed")
          expect(changed.data).toEqual(
            expect.objectContaining({
              source_id: appointment.id,
              role: "labour",
              entry_ids: expect.arrayContaining([expect.stringMatching(/^cent_/)]),
            })
          )
          // Anna's entry reversed, a half for each written: staged with them in one transaction.
          expect((changed.data as { entry_ids: string[] }).entry_ids).toHaveLength(3)

          // The module's write alone: what a server killed between commit and publication leaves.
          const commissions = getContainer().resolve<CommissionModuleService>("commission")
          const orphan = await commissions.syncSource(
            { source_type: "appointment", source_id: "appt_died_after_commit" },
            [
              {
                source_type: "appointment",
                source_id: "appt_died_after_commit",
                source_line_id: "apit_died_after_commit",
                kind: "service_performed",
                role: "labour",
                staff_member_id: salon.anna.id,
                staff_level: null,
                share: 100,
                base: "100",
                quantity: 1,
                currency_code: "cny",
                branch_id: salon.branch.id,
                customer_id: customer.id,
                occurred_at: new Date().toISOString(),
                is_designated: false,
                targets: [],
                categories: [],
                label: "Recovered service",
              },
            ]
          )
          await new Promise((resolve) => setTimeout(resolve, 100))
          expect(listener.delivered).toHaveLength(2)
          expect((await readOutboxBacklog(getContainer())).modules.commission.pending).toBe(1)
          expect((await relayOutboxEvents(getContainer(), { min_age_ms: 0 })).commission).toBe(1)
          await waitFor(async () => listener.delivered.length >= 3, "the recovered event")
          expect(listener.delivered[2]).toEqual({
            name: "commission.entries_recorded",
            data: {
              source_type: "appointment",
              source_id: "appt_died_after_commit",
              entry_ids: orphan.entry_ids,
            },
            outbox_event_id: expect.stringMatching(/^cmob_/),
          })
          // Published once: a second pass finds nothing.
          expect((await relayOutboxEvents(getContainer(), { min_age_ms: 0 })).commission).toBe(0)
          expect((await readOutboxBacklog(getContainer())).modules.commission.pending).toBe(0)
          await new Promise((resolve) => setTimeout(resolve, 200))
          expect(listener.delivered).toHaveLength(3)
        } finally {
          listener.stop()
        }
      })

      it("re-prices a service once when the same stored_value.spent is delivered twice", async () => {
        const appointment = await serve()
        await api.post(
          "/admin/stored-value/top-ups",
          {
            customer_id: customer.id,
            currency_code: "cny",
            principal_amount: 300,
            bonus_amount: 100,
            payment_method: "cash",
          },
          { headers: { ...admin.headers, "idempotency-key": newKey("top-up") } }
        )
        // A spend committed without its workflow: its event waits in the stored value outbox.
        const storedValue = getContainer().resolve<StoredValueModuleService>("stored_value")
        const spend = await storedValue.spend({
          idempotency_key: newKey("spend"),
          customer_id: customer.id,
          currency_code: "cny",
          amount: 360,
          reference_type: "appointment",
          reference_id: appointment.id,
        })
        const {
          rows: [staged],
        } = await dbConnection.raw(
          `SELECT id, data FROM stored_value_outbox_event
            WHERE event_name = 'stored_value.spent' AND data->>'operation_id' = ?`,
          [spend.operation_id]
        )
        // The same event twice at once (a relay that died before marking it published, and the
        // relay again), then the relay itself.
        const delivery = {
          name: "stored_value.spent",
          data: staged.data,
          metadata: { outbox_event_id: staged.id },
        }
        const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        await eventBus.emit([delivery, delivery])
        await relayOutboxEvents(getContainer(), { min_age_ms: 0 })
        const entries = await waitFor(async () => {
          const rows = await listEntries(api, admin, { source_id: appointment.id })
          return rows.length >= 3 ? rows : null
        }, "the re-priced service")
        await new Promise((resolve) => setTimeout(resolve, 1500))
        const after = await listEntries(api, admin, { source_id: appointment.id })
        expect(after.map((entry) => entry.id).sort()).toEqual(entries.map((e) => e.id).sort())
        // One reversal of the list-price entry and one entry at the stored value price.
        expect(after.filter((entry) => entry.reverses_entry_id)).toHaveLength(1)
        expect(
          after.filter((entry) => !entry.reverses_entry_id && entry.base === 270)
        ).toHaveLength(1)
        expect(netEarnings(after, names)).toEqual([
          { staff: "Anna", kind: "service_performed", base: 270, amount: 27 },
        ])
      })
    })
  },
})
