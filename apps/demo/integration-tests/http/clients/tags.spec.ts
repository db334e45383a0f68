import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../utils/admin"
import { createCustomer, createSalon, failure } from "../../utils/booking"
import { completedAppointment, eventually } from "../../utils/feedback"

jest.setTimeout(180 * 1000)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let salon: Awaited<ReturnType<typeof createSalon>>
    let container: MedusaContainer

    const db = () => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(api, container)
      salon = await createSalon(api, admin)
    })

    /** A completed visit `daysAgo` days ago, written straight into the booking tables. */
    const visit = async (customerId: string, daysAgo: number, service = salon.facial) => {
      const at = new Date(Date.now() - daysAgo * DAY)
      const end = new Date(at.getTime() + 60 * 60 * 1000)
      const id = `appt_test_${Math.random().toString(36).slice(2, 12)}`
      await db()("appointment").insert({
        id,
        customer_id: customerId,
        status: "completed",
        starts_at: at,
        ends_at: end,
        completed_at: at,
        branch_id: salon.branch.id,
      })
      await db()("appointment_item").insert({
        id: `apit_test_${Math.random().toString(36).slice(2, 12)}`,
        appointment_id: id,
        position: 0,
        starts_at: at,
        ends_at: end,
        service_name: service.name,
        variant_id: service.variant_id,
        duration_minutes: 60,
        salon_service_id: service.id,
        staff_member_id: salon.anna.id,
      })
      return id
    }

    const createTag = async (name: string, rule: Record<string, unknown>) =>
      (await api.post("/admin/client-tags", { name, kind: "automatic", rule }, admin)).data
        .client_tag as { id: string; name: string; rule: Record<string, unknown> }

    const recompute = async () =>
      (await api.post("/admin/client-tags/recompute", {}, admin)).data as {
        tags: { id: string; name: string; added: number; removed: number }[]
        rfm_updated: number
      }

    /** Customer ids carrying a tag, with the source of each assignment. */
    const carriers = async (tagId: string) => {
      const rows: { customer_id: string; source: string }[] = await db()("customer_tag")
        .select("customer_id", "source")
        .where({ tag_id: tagId })
        .whereNull("deleted_at")
      return Object.fromEntries(rows.map((row) => [row.customer_id, row.source]))
    }

    describe("rules", () => {
      it("validates automatic tags and their rules", async () => {
        const noRule = await failure(
          api.post("/admin/client-tags", { name: "Lost", kind: "automatic" }, admin)
        )
        expect(noRule.status).toEqual(400)
        expect(noRule.data.message).toContain("an automatic tag needs a rule")

        const badType = await failure(
          api.post(
            "/admin/client-tags",
            { name: "Lost", kind: "automatic", rule: { type: "lost" } },
            admin
          )
        )
        expect(badType.status).toEqual(400)
        expect(badType.data.message).toContain("rule.type must be one of")

        const badDays = await failure(
          api.post(
            "/admin/client-tags",
            { name: "Lost", kind: "automatic", rule: { type: "dormant", days: 0 } },
            admin
          )
        )
        expect(badDays.status).toEqual(400)
        expect(badDays.data.message).toContain("rule.days must be at least 1")

        const manualWithRule = await failure(
          api.post("/admin/client-tags", { name: "VIP", rule: { type: "birthday_month" } }, admin)
        )
        expect(manualWithRule.status).toEqual(400)

        const churn = await createTag("Churn", { type: "churn_warning" })
        expect(churn.rule).toEqual({ type: "churn_warning", factor: 1.5, min_visits: 3 })
        const updated = await api.post(
          `/admin/client-tags/${churn.id}`,
          { rule: { type: "churn_warning", factor: 2 } },
          admin
        )
        expect(updated.data.client_tag.rule).toEqual({
          type: "churn_warning",
          factor: 2,
          min_visits: 3,
        })

        const manual = (await api.post("/admin/client-tags", { name: "VIP" }, admin)).data
          .client_tag
        const ruleOnManual = await failure(
          api.post(`/admin/client-tags/${manual.id}`, { rule: { type: "birthday_month" } }, admin)
        )
        expect(ruleOnManual.status).toEqual(400)
        expect(ruleOnManual.data.message).toContain("only automatic tags have a rule")
      })
    })

    describe("recomputation", () => {
      it("tags new and dormant customers and untags them when that stops holding", async () => {
        const dormant = await createTag("Dormant 60 days", { type: "dormant", days: 60 })
        const fresh = await createTag("New client", { type: "new_client" })
        const away = await createCustomer(api, admin, "Away")
        const recent = await createCustomer(api, admin, "Recent")
        const signedUp = await createCustomer(api, admin, "Signup")
        await visit(away.id, 90)
        await visit(recent.id, 10)

        const first = await recompute()
        expect(first.tags).toEqual(
          expect.arrayContaining([
            { id: dormant.id, name: dormant.name, added: 1, removed: 0 },
            { id: fresh.id, name: fresh.name, added: 2, removed: 0 },
          ])
        )
        expect(await carriers(dormant.id)).toEqual({ [away.id]: "rule" })
        expect(await carriers(fresh.id)).toEqual({ [recent.id]: "rule", [signedUp.id]: "rule" })

        // Away comes back; Recent's first visit and Signup's account age past 30 days.
        await visit(away.id, 5)
        await db()("appointment")
          .where({ customer_id: recent.id })
          .update({
            starts_at: new Date(Date.now() - 40 * DAY),
            ends_at: new Date(Date.now() - 40 * DAY + 3600_000),
            completed_at: new Date(Date.now() - 40 * DAY),
          })
        await db()("customer")
          .where({ id: signedUp.id })
          .update({ created_at: new Date(Date.now() - 40 * DAY) })

        const second = await recompute()
        expect(second.tags).toEqual(
          expect.arrayContaining([
            { id: dormant.id, name: dormant.name, added: 0, removed: 1 },
            { id: fresh.id, name: fresh.name, added: 0, removed: 2 },
          ])
        )
        expect(await carriers(dormant.id)).toEqual({})
        expect(await carriers(fresh.id)).toEqual({})
      })

      it("warns of churn against the customer's own visit rhythm", async () => {
        const churn = await createTag("Churn warning", {
          type: "churn_warning",
          factor: 1.5,
          min_visits: 3,
        })
        const overdue = await createCustomer(api, admin, "Overdue")
        const onTime = await createCustomer(api, admin, "Ontime")
        const twice = await createCustomer(api, admin, "Twice")
        // Every 20 days; the last visit 45 days ago (> 1.5 × 20) and 25 days ago (< 30).
        for (const daysAgo of [105, 85, 65, 45]) await visit(overdue.id, daysAgo)
        for (const daysAgo of [85, 65, 45, 25]) await visit(onTime.id, daysAgo)
        // Too few visits to have a rhythm.
        for (const daysAgo of [200, 180]) await visit(twice.id, daysAgo)

        await recompute()
        expect(await carriers(churn.id)).toEqual({ [overdue.id]: "rule" })

        // Overdue comes back for a facial: no longer overdue.
        await visit(overdue.id, 1)
        const after = await recompute()
        expect(after.tags).toEqual([{ id: churn.id, name: churn.name, added: 0, removed: 1 }])
        expect(await carriers(churn.id)).toEqual({})

        // The rhythm is per service category: yesterday's facial does not make her manicures
        // less overdue.
        for (const daysAgo of [85, 65, 45]) await visit(twice.id, daysAgo, salon.manicure)
        await visit(twice.id, 1, salon.facial)
        await recompute()
        expect(await carriers(churn.id)).toEqual({ [twice.id]: "rule" })
      })

      it("tags birthdays this month and high spenders", async () => {
        const birthday = await createTag("Birthday", { type: "birthday_month" })
        const highValue = await createTag("High value", {
          type: "high_value",
          window_days: 90,
          min_spend: 1000,
          currency_code: "CNY",
        })
        const month = new Date().getUTCMonth() + 1
        const other = (month % 12) + 1
        const pad = (n: number) => String(n).padStart(2, "0")
        const celebrant = await createCustomer(api, admin, "Celebrant")
        const spender = await createCustomer(api, admin, "Spender")
        await api.post(
          `/admin/customers/${celebrant.id}/client-profile`,
          { birthday: `1990-${pad(month)}-01` },
          admin
        )
        await api.post(
          `/admin/customers/${spender.id}/client-profile`,
          { birthday: `1990-${pad(other)}-01` },
          admin
        )
        const orders = container.resolve(Modules.ORDER)
        const place = (customerId: string, unitPrice: number, currency = "cny") =>
          orders.createOrders({
            customer_id: customerId,
            email: "spender@salon.test",
            currency_code: currency,
            items: [{ title: "Serum", quantity: 1, unit_price: unitPrice }],
          } as never)
        const big = await place(spender.id, 1200)
        await place(celebrant.id, 600)
        await place(celebrant.id, 5000, "usd")

        await recompute()
        expect(await carriers(birthday.id)).toEqual({ [celebrant.id]: "rule" })
        expect(await carriers(highValue.id)).toEqual({ [spender.id]: "rule" })

        // The birthday moves to another month; the big order falls out of the 90-day window.
        await api.post(
          `/admin/customers/${celebrant.id}/client-profile`,
          { birthday: `1990-${pad(other)}-02` },
          admin
        )
        await db()("order")
          .where({ id: (big as unknown as { id: string }).id })
          .update({ created_at: new Date(Date.now() - 100 * DAY) })
        await recompute()
        expect(await carriers(birthday.id)).toEqual({})
        expect(await carriers(highValue.id)).toEqual({})
      })

      it("leaves manual assignments alone and changes nothing the second time", async () => {
        const dormant = await createTag("Dormant", { type: "dormant", days: 60 })
        const vip = (await api.post("/admin/client-tags", { name: "VIP" }, admin)).data.client_tag
        const regular = await createCustomer(api, admin, "Regular")
        const lapsed = await createCustomer(api, admin, "Lapsed")
        await visit(regular.id, 3)
        await visit(lapsed.id, 100)
        await api.post(`/admin/customers/${regular.id}/client-tags`, { tag_id: vip.id }, admin)
        // A manual assignment of the automatic tag (e.g. imported): not the rule's to remove.
        await db()("customer_tag").insert({
          id: "custag_test_manual",
          customer_id: regular.id,
          tag_id: dormant.id,
          source: "manual",
        })

        const first = await recompute()
        expect(first.tags).toEqual([{ id: dormant.id, name: dormant.name, added: 1, removed: 0 }])
        expect(await carriers(vip.id)).toEqual({ [regular.id]: "manual" })
        expect(await carriers(dormant.id)).toEqual({
          [regular.id]: "manual",
          [lapsed.id]: "rule",
        })

        const second = await recompute()
        expect(second.tags).toEqual([{ id: dormant.id, name: dormant.name, added: 0, removed: 0 }])
        expect(second.rfm_updated).toEqual(first.rfm_updated)
        expect(await carriers(vip.id)).toEqual({ [regular.id]: "manual" })
      })

      it("recomputes one customer when her appointment completes", async () => {
        const dormant = await createTag("Dormant", { type: "dormant", days: 60 })
        const lapsed = await createCustomer(api, admin, "Lapsed")
        await visit(lapsed.id, 100)
        await recompute()
        expect(await carriers(dormant.id)).toEqual({ [lapsed.id]: "rule" })

        await completedAppointment(api, admin, salon, lapsed.id, { time: "11:00" })
        await eventually(async () => Object.keys(await carriers(dormant.id)).length === 0)
      })
    })

    describe("RFM", () => {
      it("scores customers, segments them and filters the client list by segment", async () => {
        const customers = await Promise.all(
          ["Ada", "Bea", "Cai", "Dee", "Eve"].map((name) => createCustomer(api, admin, name))
        )
        const [ada, bea, cai, dee, eve] = customers
        // Ada: often, recently and spends; Bea: often, long ago; Cai: once, recently (new); Dee:
        // once, long ago; Eve: nothing.
        for (const daysAgo of [2, 40, 80, 120, 160, 200]) await visit(ada.id, daysAgo)
        await container.resolve(Modules.ORDER).createOrders({
          customer_id: ada.id,
          email: "ada@salon.test",
          currency_code: "cny",
          items: [{ title: "Serum", quantity: 1, unit_price: 500 }],
        } as never)
        for (const daysAgo of [150, 190, 230, 270, 310]) await visit(bea.id, daysAgo)
        await visit(cai.id, 5)
        await visit(dee.id, 300)
        for (const customer of customers) {
          await api.post(
            `/admin/customers/${customer.id}/client-profile`,
            { gender: "female" },
            admin
          )
        }

        const { rfm_updated } = await recompute()
        expect(rfm_updated).toEqual(4)

        const { data } = await api.get("/admin/client-profiles?limit=50", admin)
        const byCustomer = Object.fromEntries(
          data.client_profiles.map((row: { customer_id: string; rfm: unknown }) => [
            row.customer_id,
            row.rfm,
          ])
        )
        expect(byCustomer[ada.id]).toEqual(
          expect.objectContaining({
            segment: "champions",
            r_score: 5,
            f_score: 5,
            m_score: 5,
            frequency: 6,
            monetary: 500,
          })
        )
        expect(byCustomer[bea.id]).toEqual(
          expect.objectContaining({ segment: "at_risk", r_score: 2, f_score: 4, frequency: 5 })
        )
        expect(byCustomer[cai.id]).toEqual(expect.objectContaining({ segment: "new" }))
        expect(byCustomer[dee.id]).toEqual(
          expect.objectContaining({ segment: "hibernating", r_score: 1, recency_days: 300 })
        )
        expect(byCustomer[eve.id]).toBeNull()

        const atRisk = await api.get("/admin/client-profiles?rfm_segment=at_risk", admin)
        expect(
          atRisk.data.client_profiles.map((row: { customer_id: string }) => row.customer_id)
        ).toEqual([bea.id])
        const several = await api.get("/admin/client-profiles?rfm_segment=new,hibernating", admin)
        expect(
          several.data.client_profiles.map((row: { customer_id: string }) => row.customer_id).sort()
        ).toEqual([cai.id, dee.id].sort())
        const bad = await failure(api.get("/admin/client-profiles?rfm_segment=vip", admin))
        expect(bad.status).toEqual(400)
      })
    })
  },
})
