import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../utils/admin"
import { createBranch, createCustomer, createSalon, failure } from "../../utils/booking"
import { createRule, listEntries } from "../../utils/commissions"
import {
  createTemplate,
  entriesOf,
  ledgerOf,
  newKey,
  recordEvents,
  sellPackage,
  waitFor,
} from "../../utils/service-packages"
import { relayOutboxEvents } from "medusa-plugin-salon-erp/src/lib/outbox/relay"
import type ServicePackageModuleService from "medusa-plugin-salon-erp/src/modules/service-package/service"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let salon: Awaited<ReturnType<typeof createSalon>>
    let customer: { id: string }

    const withKey = (key: string) => ({ headers: { ...admin.headers, "idempotency-key": key } })
    const sell = (templateId: string, extra: Record<string, unknown> = {}, key?: string) =>
      sellPackage(
        api,
        admin,
        {
          customer_id: customer.id,
          template_id: templateId,
          branch_id: salon.branch.id,
          sold_by_staff_member_id: salon.bella.id,
          ...extra,
        },
        key
      )
    const redeem = (packageId: string, body: Record<string, unknown> = {}, key = newKey("r")) =>
      api.post(
        `/admin/service-packages/${packageId}/redeem`,
        {
          salon_service_id: salon.facial.id,
          branch_id: salon.branch.id,
          staff_member_id: salon.anna.id,
          ...body,
        },
        withKey(key)
      )
    // Product handles come from titles: two templates of one test need two names.
    const facials = (name = "10 Facials") =>
      createTemplate(api, admin, [{ salon_service_id: salon.facial.id, sessions: 10 }], {
        name,
        refund_fee_percent: 10,
      })

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      salon = await createSalon(api, admin)
      customer = await createCustomer(api, admin)
    })

    describe("templates and counter sales", () => {
      it("sells a template as a product and at the counter, with the price split over the sessions", async () => {
        const { status, data } = await api.post(
          "/admin/package-templates",
          {
            name: "6 facials + 4 manicures",
            items: [
              { salon_service_id: salon.facial.id, sessions: 6 },
              { salon_service_id: salon.manicure.id, sessions: 4 },
            ],
            validity_days: 365,
            allocation_method: "list_price",
            prices: [{ currency_code: "cny", amount: 2980 }],
          },
          admin
        )
        expect(status).toBe(201)
        const template = data.package_template
        expect(template.items.map((item: any) => [item.salon_service.name, item.sessions])).toEqual(
          [
            ["Hydrating facial", 6],
            ["Gel manicure", 4],
          ]
        )
        expect(template.product_variant.prices).toEqual([
          expect.objectContaining({ currency_code: "cny", amount: 2980 }),
        ])

        const events = recordEvents(getContainer().resolve(Modules.EVENT_BUS))
        const key = newKey("sale")
        const sold = await sell(template.id, {}, key)
        // 6 × 398 : 4 × 188 of 2980, to the cent.
        expect(
          sold.items.map((item) => [item.service_name, item.remaining, item.allocated_amount])
        ).toEqual([
          ["Hydrating facial", 6, 2266.32],
          ["Gel manicure", 4, 713.68],
        ])
        expect(sold.price_paid).toBe(2980)
        expect(sold.remaining_sessions).toBe(10)
        expect(new Date(sold.expires_at).getTime()).toBeGreaterThan(Date.now() + 364 * 86_400_000)
        const [soldEvent] = events.named("service_package.sold")
        expect(soldEvent).toEqual(
          expect.objectContaining({
            id: sold.id,
            customer_id: customer.id,
            template_id: template.id,
            selling_branch_id: salon.branch.id,
            sold_by_staff_member_id: salon.bella.id,
            price_paid: 2980,
            payment_method: "cash",
            actor_type: "user",
          })
        )

        // A retry returns the same package; the same key for another sale is refused.
        const again = await api.post(
          "/admin/service-packages",
          {
            customer_id: customer.id,
            template_id: template.id,
            branch_id: salon.branch.id,
            sold_by_staff_member_id: salon.bella.id,
            payment_method: "cash",
          },
          withKey(key)
        )
        expect(again.status).toBe(200)
        expect(again.data.service_package.id).toBe(sold.id)
        const other = await failure(
          api.post(
            "/admin/service-packages",
            {
              customer_id: customer.id,
              template_id: template.id,
              branch_id: salon.branch.id,
              sold_by_staff_member_id: salon.bella.id,
              payment_method: "card",
            },
            withKey(key)
          )
        )
        expect(other.status).toBe(422)
        expect(other.data.message).toContain(`Idempotency key "${key}"`)
        expect(events.named("service_package.sold")).toHaveLength(1)
      })

      it("refuses sales it cannot make without selling anything", async () => {
        const template = await facials()
        const storedValue = await failure(sell(template.id, { payment_method: "stored_value" }))
        expect(storedValue.status).toBe(400)
        expect(storedValue.data.message).toBe(
          `Customer ${customer.id} has no stored value in CNY; top up first`
        )
        const noKey = await failure(
          api.post(
            "/admin/service-packages",
            {
              customer_id: customer.id,
              template_id: template.id,
              branch_id: salon.branch.id,
              sold_by_staff_member_id: salon.bella.id,
              payment_method: "cash",
            },
            admin
          )
        )
        expect(noKey.status).toBe(400)
        expect(noKey.data.message).toMatch(/Idempotency-Key/)

        const tooMuch = await failure(sell(template.id, { amount_paid: 1200 }))
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toBe(
          "amount_paid (1200) is more than the price of 10 Facials (1000 cny)"
        )
        const unknown = await failure(sell("pkgt_missing"))
        expect(unknown.status).toBe(404)
        const noCustomer = await failure(sell(template.id, { customer_id: "cus_missing" }))
        expect(noCustomer.status).toBe(404)

        // Admin routes need an admin session.
        const anonymous = await failure(
          api.post(
            "/admin/service-packages",
            {
              customer_id: customer.id,
              template_id: template.id,
              branch_id: salon.branch.id,
              sold_by_staff_member_id: salon.bella.id,
              payment_method: "cash",
            },
            { headers: { "idempotency-key": newKey("anon") } }
          )
        )
        expect(anonymous.status).toBe(401)
        expect((await failure(api.get("/admin/service-packages"))).status).toBe(401)

        const packages = await dbConnection.raw(`SELECT count(*)::int AS n FROM customer_package`)
        expect(packages.rows[0].n).toBe(0)
      })

      it("keeps a sold package's terms when the template is edited afterwards", async () => {
        const template = await facials()
        const sold = await sell(template.id)
        const edited = await api.post(
          `/admin/package-templates/${template.id}`,
          {
            name: "5 Facials (new)",
            items: [
              { salon_service_id: salon.facial.id, sessions: 5 },
              { salon_service_id: salon.manicure.id, sessions: 2 },
            ],
            validity_days: 30,
            branch_scope: "selling_branch",
            refund_fee_percent: 50,
          },
          admin
        )
        expect(edited.data.package_template.items).toHaveLength(2)
        const { data } = await api.get(`/admin/service-packages/${sold.id}`, admin)
        expect(data.service_package).toEqual(
          expect.objectContaining({
            name: "10 Facials",
            expires_at: sold.expires_at,
            branch_scope: "all_branches",
            refund_fee_percent: 10,
            total_sessions: 10,
          })
        )
        expect(data.service_package.items).toEqual([
          expect.objectContaining({
            salon_service_id: salon.facial.id,
            total_sessions: 10,
            remaining: 10,
            allocated_amount: 1000,
          }),
        ])
        // New sales use the new terms.
        const next = await sell(template.id)
        expect(next.name).toBe("5 Facials (new)")
        expect(next.items.map((item) => item.total_sessions)).toEqual([5, 2])
      })
    })

    describe("redemption", () => {
      it("gives exactly 10 of 30 concurrent redemptions of a 10-session package, and remaining = 0 = sum of entries", async () => {
        const sold = await sell((await facials()).id)
        const events = recordEvents(getContainer().resolve(Modules.EVENT_BUS))
        const attempts = await Promise.allSettled(Array.from({ length: 30 }, () => redeem(sold.id)))
        const ok = attempts.filter(
          (attempt) => attempt.status === "fulfilled"
        ) as PromiseFulfilledResult<any>[]
        const refused = attempts.filter(
          (attempt) => attempt.status === "rejected"
        ) as PromiseRejectedResult[]
        expect(ok).toHaveLength(10)
        expect(ok.every((attempt) => attempt.value.status === 201)).toBe(true)
        expect(refused).toHaveLength(20)
        for (const attempt of refused) {
          expect(attempt.reason.response.status).toBe(400)
          expect(attempt.reason.response.data.message).toBe(
            "No sessions left of Hydrating facial on package 10 Facials"
          )
        }
        const [item] = await ledgerOf(dbConnection, sold.id)
        expect(item).toEqual(
          expect.objectContaining({
            remaining: 0,
            ledger_remaining: 0,
            value_remaining: 0,
            ledger_value: 0,
            entries: 11,
          })
        )
        const { data } = await api.get("/admin/service-packages/reconciliation", admin)
        expect(data.reconciliation).toEqual(
          expect.objectContaining({ balanced: true, mismatches: [] })
        )
        const redeemed = events.named("service_package.session_redeemed")
        expect(redeemed).toHaveLength(10)
        expect(redeemed[0]).toEqual(
          expect.objectContaining({
            type: "redeem",
            package_id: sold.id,
            customer_id: customer.id,
            salon_service_id: salon.facial.id,
            quantity: -1,
            sessions: 1,
            session_value: 100,
            value: -100,
            currency_code: "cny",
            branch_id: salon.branch.id,
            staff_member_id: salon.anna.id,
            sold_by_staff_member_id: salon.bella.id,
          })
        )
        expect(redeemed.reduce((sum: number, event: any) => sum + event.session_value, 0)).toBe(
          1000
        )
      })

      it("redeems once for a replayed key, also when the first attempts race", async () => {
        const sold = await sell((await facials()).id)
        const key = newKey("once")
        const first = await redeem(sold.id, {}, key)
        const replay = await redeem(sold.id, {}, key)
        expect(first.status).toBe(201)
        expect(replay.status).toBe(200)
        expect(replay.data.ledger_entries.map((entry: any) => entry.id)).toEqual(
          first.data.ledger_entries.map((entry: any) => entry.id)
        )
        expect(replay.data.service_package.remaining_sessions).toBe(9)

        const changed = await failure(redeem(sold.id, { quantity: 2 }, key))
        expect(changed.status).toBe(422)
        expect(changed.data.message).toContain(`Idempotency key "${key}" was already used`)

        const racing = newKey("race")
        const results = await Promise.all(
          Array.from({ length: 10 }, () => redeem(sold.id, {}, racing))
        )
        expect(results.filter((result) => result.status === 201)).toHaveLength(1)
        expect(new Set(results.map((result) => result.data.ledger_entries[0].id)).size).toBe(1)
        const [item] = await ledgerOf(dbConnection, sold.id)
        expect(item.remaining).toBe(8)
        expect(item.ledger_remaining).toBe(8)
      })

      it("refuses bad redemptions with a clear 4xx and changes nothing", async () => {
        const template = await facials()
        const sold = await sell(template.id)
        const branchOnly = await sell(
          (
            await createTemplate(api, admin, [{ salon_service_id: salon.facial.id, sessions: 5 }], {
              name: "5 Facials (Jing'an only)",
              branch_scope: "selling_branch",
            })
          ).id
        )
        const otherBranch = await createBranch(api, admin, { name: "West Lake" })
        const before = [
          await ledgerOf(dbConnection, sold.id),
          await ledgerOf(dbConnection, branchOnly.id),
        ]

        const notCovered = await failure(redeem(sold.id, { salon_service_id: salon.manicure.id }))
        expect(notCovered.status).toBe(400)
        expect(notCovered.data.message).toBe(
          "Package 10 Facials does not cover Gel manicure; it covers Hydrating facial"
        )
        const elsewhere = await failure(redeem(branchOnly.id, { branch_id: otherBranch.id }))
        expect(elsewhere.status).toBe(400)
        expect(elsewhere.data.message).toBe(
          "Package 5 Facials (Jing'an only) can only be used at Jing'an, where it was sold"
        )
        const unknownStaff = await failure(redeem(sold.id, { staff_member_id: "stf_missing" }))
        expect(unknownStaff.status).toBe(404)
        const unknownPackage = await failure(redeem("cpkg_missing"))
        expect(unknownPackage.status).toBe(404)
        const unknownAppointment = await failure(
          redeem(sold.id, { appointment_id: "appt_missing" })
        )
        expect(unknownAppointment.status).toBe(404)
        expect(unknownAppointment.data.message).toMatch(
          /Appointment with id: appt_missing was not found.*appointment_id/
        )
        const unknownBranch = await failure(redeem(sold.id, { branch_id: "brch_missing" }))
        expect(unknownBranch.status).toBe(404)
        expect(unknownBranch.data.message).toMatch(/branch_id/)
        const nul = await failure(redeem(sold.id, { reason: "a\u0000b" }))
        expect(nul.status).toBe(400)
        expect(nul.data.message).toMatch(/reason: must not contain control characters/)
        const hugeQuantity = await failure(redeem(sold.id, { quantity: 1e20 }))
        expect(hugeQuantity.status).toBe(400)
        expect(hugeQuantity.data.message).toMatch(/quantity/)
        const zero = await failure(redeem(sold.id, { quantity: 0 }))
        expect(zero.status).toBe(400)
        const tooMany = await failure(redeem(sold.id, { quantity: 11 }))
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toBe(
          "Only 10 sessions left of Hydrating facial on package 10 Facials; 11 requested"
        )
        const noKey = await failure(
          api.post(
            `/admin/service-packages/${sold.id}/redeem`,
            {
              salon_service_id: salon.facial.id,
              branch_id: salon.branch.id,
              staff_member_id: salon.anna.id,
            },
            admin
          )
        )
        expect(noKey.status).toBe(400)

        await dbConnection.raw(
          `UPDATE customer_package SET expires_at = now() - interval '1 day' WHERE id = ?`,
          [sold.id]
        )
        const expired = await failure(redeem(sold.id))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(/^Package 10 Facials expired on \d{4}-\d{2}-\d{2}$/)

        expect([
          await ledgerOf(dbConnection, sold.id),
          await ledgerOf(dbConnection, branchOnly.id),
        ]).toEqual(before)
      })
    })

    describe("refunds and manager operations", () => {
      it("refunds exactly the unused sessions' allocated value, minus the fee headquarters set", async () => {
        const sold = await sell((await facials()).id)
        for (let i = 0; i < 3; i++) await redeem(sold.id)
        const quote = await api.get(`/admin/service-packages/${sold.id}/refund`, admin)
        expect(quote.data.refund).toEqual(
          expect.objectContaining({ gross_amount: 700, fee_percent: 10, fee: 70, amount: 630 })
        )
        const events = recordEvents(getContainer().resolve(Modules.EVENT_BUS))
        const key = newKey("refund")
        const refund = await api.post(
          `/admin/service-packages/${sold.id}/refund`,
          { refund_method: "cash", reason: "Moving away" },
          withKey(key)
        )
        expect(refund.status).toBe(201)
        expect(refund.data.refund).toEqual(
          expect.objectContaining({
            gross_amount: 700,
            fee: 70,
            amount: 630,
            refund_method: "cash",
          })
        )
        expect(refund.data.service_package).toEqual(
          expect.objectContaining({ status: "refunded", refund_amount: 630, remaining_sessions: 0 })
        )
        const refundEntries = (await entriesOf(dbConnection, sold.id)).filter(
          (entry) => entry.type === "refund"
        )
        expect(refundEntries).toEqual([expect.objectContaining({ quantity: -7, value: -700 })])
        const [refunded] = events.named("service_package.refunded")
        expect(refunded).toEqual(
          expect.objectContaining({
            id: sold.id,
            customer_id: customer.id,
            price_paid: 1000,
            sold_by_staff_member_id: salon.bella.id,
            refund: expect.objectContaining({ amount: 630, fee: 70, gross_amount: 700 }),
            entries: [expect.objectContaining({ type: "refund", quantity: -7, value: -700 })],
          })
        )

        const replay = await api.post(
          `/admin/service-packages/${sold.id}/refund`,
          { refund_method: "cash", reason: "Moving away" },
          withKey(key)
        )
        expect(replay.status).toBe(200)
        expect(replay.data.refund.amount).toBe(630)
        const after = await failure(redeem(sold.id))
        expect(after.data.message).toBe(
          "Package 10 Facials is refunded; its sessions can no longer be used"
        )
        const [item] = await ledgerOf(dbConnection, sold.id)
        expect(item).toEqual(
          expect.objectContaining({ remaining: 0, ledger_remaining: 0, ledger_value: 0 })
        )
      })

      it("sells for stored value and refunds to it in the split it was paid, once per key", async () => {
        const balance = async () =>
          (
            await dbConnection.raw(
              `SELECT principal_balance::text AS principal, bonus_balance::text AS bonus FROM stored_value_account WHERE customer_id = ?`,
              [customer.id]
            )
          ).rows[0]
        await api.post(
          "/admin/stored-value/top-ups",
          {
            customer_id: customer.id,
            currency_code: "cny",
            principal_amount: 1200,
            bonus_amount: 300,
            payment_method: "cash",
          },
          withKey(newKey("top-up"))
        )
        const template = await facials()
        const key = newKey("sale")
        const sold = await sell(template.id, { payment_method: "stored_value" }, key)
        // 1000 from 1200 principal + 300 bonus, in proportion: 800 principal, 200 bonus.
        expect(await balance()).toEqual({ principal: "400", bonus: "100" })
        await sell(template.id, { payment_method: "stored_value" }, key)
        expect(await balance()).toEqual({ principal: "400", bonus: "100" })

        // Refund of the 10 unused sessions less the 10% fee: 900 back, 720 principal + 180 bonus.
        const refundKey = newKey("refund")
        const refund = await api.post(
          `/admin/service-packages/${sold.id}/refund`,
          { refund_method: "stored_value", reason: "Moving away" },
          withKey(refundKey)
        )
        expect(refund.data.refund.amount).toBe(900)
        expect(await balance()).toEqual({ principal: "1120", bonus: "280" })
        await api.post(
          `/admin/service-packages/${sold.id}/refund`,
          { refund_method: "stored_value", reason: "Moving away" },
          withKey(refundKey)
        )
        expect(await balance()).toEqual({ principal: "1120", bonus: "280" })
      })

      it("records reason and author for freezing, extending, transferring, adjusting and reversing", async () => {
        const sold = await sell((await facials()).id)
        const frozen = await api.post(
          `/admin/service-packages/${sold.id}/freeze`,
          { reason: "Pregnancy" },
          admin
        )
        expect(frozen.data.service_package).toEqual(
          expect.objectContaining({ status: "frozen", frozen_reason: "Pregnancy" })
        )
        const refused = await failure(redeem(sold.id))
        expect(refused.data.message).toBe(
          "Package 10 Facials is frozen (Pregnancy); unfreeze it first"
        )
        await api.post(`/admin/service-packages/${sold.id}/unfreeze`, { reason: "Back" }, admin)

        const later = new Date(Date.now() + 500 * 86_400_000).toISOString()
        const extended = await api.post(
          `/admin/service-packages/${sold.id}/extend`,
          { expires_at: later, reason: "Goodwill" },
          admin
        )
        expect(extended.data.service_package.expires_at).toBe(later)
        const earlier = await failure(
          api.post(
            `/admin/service-packages/${sold.id}/extend`,
            { expires_at: new Date(Date.now() + 86_400_000).toISOString(), reason: "Oops" },
            admin
          )
        )
        expect(earlier.status).toBe(400)

        const first = await redeem(sold.id)
        const entryId = first.data.ledger_entries[0].id
        const reversed = await api.post(
          `/admin/service-packages/${sold.id}/entries/${entryId}/reverse`,
          { reason: "Redeemed on the wrong card" },
          withKey(newKey("rev"))
        )
        expect(reversed.data.service_package.remaining_sessions).toBe(10)
        const twice = await failure(
          api.post(
            `/admin/service-packages/${sold.id}/entries/${entryId}/reverse`,
            { reason: "Again" },
            withKey(newKey("rev"))
          )
        )
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/was already reversed/)

        const adjusted = await api.post(
          `/admin/service-packages/${sold.id}/adjust`,
          { package_item_id: sold.items[0].id, quantity: 1, reason: "Complaint goodwill" },
          withKey(newKey("adj"))
        )
        expect(adjusted.data.service_package.remaining_sessions).toBe(11)
        expect(adjusted.data.ledger_entries[0]).toEqual(
          expect.objectContaining({
            type: "adjust",
            quantity: 1,
            value: 0,
            reason: "Complaint goodwill",
          })
        )

        const sister = await createCustomer(api, admin, "Lan")
        const transfer = await api.post(
          `/admin/service-packages/${sold.id}/transfer`,
          {
            to_customer_id: sister.id,
            items: [{ package_item_id: sold.items[0].id, quantity: 3 }],
            reason: "For her sister",
          },
          withKey(newKey("tr"))
        )
        expect(transfer.status).toBe(201)
        expect(transfer.data.service_package.remaining_sessions).toBe(8)
        expect(transfer.data.transferred_package).toEqual(
          expect.objectContaining({
            customer_id: sister.id,
            name: "10 Facials",
            source: "transfer",
            remaining_sessions: 3,
            expires_at: later,
          })
        )

        const { data } = await api.get(`/admin/service-packages/${sold.id}/operations`, admin)
        const trail = data.operations.map((op: any) => [op.type, op.reason, op.author_id])
        expect(trail).toEqual(
          expect.arrayContaining([
            ["freeze", "Pregnancy", admin.user_id],
            ["unfreeze", "Back", admin.user_id],
            ["extend", "Goodwill", admin.user_id],
            ["reverse", "Redeemed on the wrong card", admin.user_id],
            ["adjust", "Complaint goodwill", admin.user_id],
            ["transfer", "For her sister", admin.user_id],
          ])
        )
        const history = await api.get(
          `/admin/service-packages/${sold.id}/entries?order=created_at&fields=+package.name`,
          admin
        )
        expect(
          history.data.ledger_entries.map((entry: any) => [entry.type, entry.quantity])
        ).toEqual([
          ["issue", 10],
          ["redeem", -1],
          ["reverse", 1],
          ["adjust", 1],
          ["transfer_out", -3],
        ])
        // Entries link to their package (commissions read entry → package).
        expect(history.data.ledger_entries[0].package).toEqual(
          expect.objectContaining({ name: "10 Facials" })
        )
        const reconciliation = await api.get("/admin/service-packages/reconciliation", admin)
        expect(reconciliation.data.reconciliation.balanced).toBe(true)
      })
    })

    describe("events through the outbox", () => {
      it("publishes a redemption whose process died after the commit, once, and its commission follows once", async () => {
        await createRule(api, admin, { kind: "package_session_redeemed", rate: 15 })
        const sold = await sell((await facials("Outbox facials")).id)
        const container = getContainer()
        const packages = container.resolve<ServicePackageModuleService>("service_package")
        const events = recordEvents(container.resolve(Modules.EVENT_BUS))

        // The module's write alone, as a process killed between the commit and the publish leaves it.
        const redeemed = await packages.redeemSessions({
          package_id: sold.id,
          salon_service_id: salon.facial.id,
          branch_id: salon.branch.id,
          staff_member_id: salon.anna.id,
          idempotency_key: newKey("crash"),
          author_type: "user",
          author_id: admin.user_id,
        })
        const [entryId] = redeemed.entry_ids
        const outbox = () =>
          dbConnection.raw(
            `SELECT event_name, status, data->>'id' AS entry_id FROM service_package_outbox_event WHERE aggregate_id = ? AND event_name = 'service_package.session_redeemed'`,
            [sold.id]
          )
        expect((await outbox()).rows).toEqual([
          { event_name: "service_package.session_redeemed", status: "pending", entry_id: entryId },
        ])
        expect(events.named("service_package.session_redeemed")).toEqual([])

        // The relay recovers it (the app's own relay job may get there first: either publishes once).
        await relayOutboxEvents(container, { min_age_ms: 0 })
        expect((await outbox()).rows).toEqual([
          expect.objectContaining({ status: "published", entry_id: entryId }),
        ])
        const published = events.named("service_package.session_redeemed")
        expect(published).toEqual([
          expect.objectContaining({
            id: entryId,
            package_id: sold.id,
            staff_member_id: salon.anna.id,
            sessions: 1,
          }),
        ])
        await waitFor(
          async () => (await listEntries(api, admin, { source_id: entryId })).length > 0,
          "the redemption's commission"
        )

        // Nothing left to publish: a second relay sends nothing, so the commission stays single.
        expect((await relayOutboxEvents(container, { min_age_ms: 0 })).service_package).toBe(0)
        expect((await packages.readOutboxBacklog()).pending).toBe(0)
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(events.named("service_package.session_redeemed")).toHaveLength(1)
        const commissions = await listEntries(api, admin, { source_id: entryId })
        expect(commissions.map((entry) => [entry.kind, entry.staff_member_id])).toEqual([
          ["package_session_redeemed", salon.anna.id],
        ])
      })
    })
  },
})
