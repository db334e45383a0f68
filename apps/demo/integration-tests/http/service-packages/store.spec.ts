import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { issueOrderPackagesWorkflow } from "medusa-plugin-salon-erp/src/workflows/service-package/workflows/issue-order-packages"
import { adminHeaders } from "../../utils/admin"
import { createSalon, failure } from "../../utils/booking"
import { completeCart, createCart, createShop } from "../../utils/cart"
import { createStoreCustomer } from "../../utils/store"
import {
  createTemplate,
  ledgerOf,
  newKey,
  recordEvents,
  sellPackage,
  waitFor,
} from "../../utils/service-packages"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string>; user_id: string }
    let salon: Awaited<ReturnType<typeof createSalon>>
    let shop: Awaited<ReturnType<typeof createShop>>
    let alice: Awaited<ReturnType<typeof createStoreCustomer>>
    let bob: Awaited<ReturnType<typeof createStoreCustomer>>

    const packagesOf = async (customerId: string) =>
      (
        await dbConnection.raw(
          `SELECT id, order_id, order_line_item_id, price_paid::float AS price_paid, source, payment_method
             FROM customer_package WHERE customer_id = ? ORDER BY id`,
          [customerId]
        )
      ).rows as {
        id: string
        order_id: string
        order_line_item_id: string
        price_paid: number
        source: string
        payment_method: string
      }[]

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
      salon = await createSalon(api, admin)
      shop = await createShop(api, admin)
      alice = await createStoreCustomer(api, shop.publishable_key, "Alice")
      bob = await createStoreCustomer(api, shop.publishable_key, "Bob")
    })

    it("issues one package per unit bought online, once, however often the order is handled", async () => {
      const template = await createTemplate(
        api,
        admin,
        [
          { salon_service_id: salon.facial.id, sessions: 6 },
          { salon_service_id: salon.manicure.id, sessions: 4 },
        ],
        {
          name: "Spa course",
          allocation_method: "list_price",
          prices: [{ currency_code: "cny", amount: 2980 }],
          sales_channel_ids: [shop.sales_channel_id],
        }
      )
      const events = recordEvents(getContainer().resolve(Modules.EVENT_BUS))
      const cartId = await createCart(api, { headers: alice.headers }, shop, [
        { variant_id: template.variant_id, quantity: 2 },
      ])
      const order = await completeCart(api, { headers: alice.headers }, cartId)
      expect(Number(order.total)).toBe(5960)

      const issued = await waitFor(async () => {
        const rows = await packagesOf(alice.customer.id)
        return rows.length === 2 ? rows : null
      }, "the packages of the order")
      expect(
        issued.map((pkg) => [pkg.order_id, pkg.price_paid, pkg.source, pkg.payment_method])
      ).toEqual([
        [order.id, 2980, "online", "online"],
        [order.id, 2980, "online", "online"],
      ])
      expect(new Set(issued.map((pkg) => pkg.order_line_item_id)).size).toBe(1)
      await waitFor(
        async () => events.named("service_package.sold").length === 2,
        "two sold events"
      )

      // order.placed handled again, twice at once: nothing more is issued or emitted.
      const again = await Promise.all([
        issueOrderPackagesWorkflow(getContainer()).run({ input: { order_id: order.id } }),
        issueOrderPackagesWorkflow(getContainer()).run({ input: { order_id: order.id } }),
      ])
      expect(again.flatMap(({ result }) => result).every((result) => !result.created)).toBe(true)
      expect(await packagesOf(alice.customer.id)).toHaveLength(2)
      expect(events.named("service_package.sold")).toHaveLength(2)

      const { data } = await api.get("/store/customers/me/packages", { headers: alice.headers })
      expect(data.count).toBe(2)
      expect(data.packages[0]).toEqual(
        expect.objectContaining({ name: "Spa course", status: "active", remaining_sessions: 10 })
      )
      expect(
        data.packages[0].items.map((item: any) => [
          item.service_name,
          item.remaining,
          item.allocated_amount,
        ])
      ).toEqual([
        ["Hydrating facial", 6, 2266.32],
        ["Gel manicure", 4, 713.68],
      ])
    })

    it("shows customers their own packages, remaining sessions and history, and never another's", async () => {
      const template = await createTemplate(api, admin, [
        { salon_service_id: salon.facial.id, sessions: 10 },
      ])
      const pkg = await sellPackage(api, admin, {
        customer_id: alice.customer.id,
        template_id: template.id,
        branch_id: salon.branch.id,
        sold_by_staff_member_id: salon.bella.id,
      })
      await api.post(
        `/admin/service-packages/${pkg.id}/redeem`,
        {
          salon_service_id: salon.facial.id,
          branch_id: salon.branch.id,
          staff_member_id: salon.anna.id,
        },
        { headers: { ...admin.headers, "idempotency-key": newKey("r") } }
      )

      const mine = await api.get("/store/customers/me/packages", { headers: alice.headers })
      expect(mine.data.packages).toEqual([
        expect.objectContaining({
          id: pkg.id,
          remaining_sessions: 9,
          reserved_sessions: 0,
          total_sessions: 10,
        }),
      ])
      for (const hidden of ["sold_by_user_id", "payment_method", "metadata", "customer"]) {
        expect(mine.data.packages[0]).not.toHaveProperty(hidden)
      }
      const one = await api.get(`/store/customers/me/packages/${pkg.id}`, {
        headers: alice.headers,
      })
      expect(one.data.package.items[0]).toEqual(
        expect.objectContaining({
          service_name: "Hydrating facial",
          remaining: 9,
          value_remaining: 900,
        })
      )
      const history = await api.get(
        `/store/customers/me/packages/${pkg.id}/entries?order=created_at`,
        {
          headers: alice.headers,
        }
      )
      expect(
        history.data.entries.map((entry: any) => [
          entry.type,
          entry.quantity,
          entry.staff_member?.name,
        ])
      ).toEqual([
        ["issue", 10, "Bella Wu"],
        ["redeem", -1, "Anna Li"],
      ])
      expect(history.data.entries[0]).not.toHaveProperty("author_id")
      expect(history.data.entries[0]).not.toHaveProperty("idempotency_key")
      // Internal fields cannot be asked for: they are dropped from the answer.
      const leak = await api.get(
        `/store/customers/me/packages/${pkg.id}/entries?fields=type,reason,author_id,idempotency_key`,
        { headers: alice.headers }
      )
      for (const entry of leak.data.entries) {
        expect(entry).not.toHaveProperty("reason")
        expect(entry).not.toHaveProperty("author_id")
        expect(entry).not.toHaveProperty("idempotency_key")
      }

      // Bob sees nothing of Alice's.
      const bobs = await api.get("/store/customers/me/packages", { headers: bob.headers })
      expect(bobs.data).toEqual(expect.objectContaining({ packages: [], count: 0 }))
      for (const path of [
        `/store/customers/me/packages/${pkg.id}`,
        `/store/customers/me/packages/${pkg.id}/entries`,
      ]) {
        const refused = await failure(api.get(path, { headers: bob.headers }))
        expect(refused.status).toBe(404)
      }
      const filtered = await api
        .get(`/store/customers/me/packages?customer_id=${alice.customer.id}`, {
          headers: bob.headers,
        })
        .catch((error: { response: { data: { packages?: unknown[] } } }) => error.response)
      // Asking for someone else's packages gives one's own (here: none) or a 400, never theirs.
      expect(filtered.data.packages ?? []).toEqual([])
      const anonymous = await failure(
        api.get("/store/customers/me/packages", {
          headers: { "x-publishable-api-key": shop.publishable_key },
        })
      )
      expect(anonymous.status).toBe(401)
      expect((await ledgerOf(dbConnection, pkg.id))[0].remaining).toBe(9)
    })
  },
})
