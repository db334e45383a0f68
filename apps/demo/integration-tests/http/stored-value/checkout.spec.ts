import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { adminHeaders, explainErrors } from "../../utils/admin"
import { failure } from "../../utils/booking"
import { completeCart, createCart, createShop, createSimpleProduct } from "../../utils/cart"
import { createStoreCustomer } from "../../utils/store"
import { creditOrderTopUpsWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/credit-order-top-ups"

jest.setTimeout(180 * 1000)

/** Set by one test to make checkout fail after the stored value was debited. */
let failAfterDebit = false
;(completeCartWorkflow.hooks as unknown as { orderCreated: (fn: unknown) => void }).orderCreated(
  async () => {
    if (failAfterDebit) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "Simulated failure after payment authorization"
      )
    }
    return new StepResponse(undefined)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string> }
    let shop: Awaited<ReturnType<typeof createShop>>
    let member: Awaited<ReturnType<typeof createStoreCustomer>>
    let serumVariant: string

    beforeEach(async () => {
      explainErrors(api)
      failAfterDebit = false
      admin = await adminHeaders(api, getContainer())
      shop = await createShop(api, admin)
      member = await createStoreCustomer(api, shop.publishable_key, "Mei")
      serumVariant = await createSimpleProduct(api, admin, shop, "Hydrating serum", 300)
    })

    const balance = async (customerId = member.customer.id) => {
      const { rows } = await dbConnection.raw(
        `SELECT principal_balance::text AS principal, bonus_balance::text AS bonus FROM stored_value_account WHERE customer_id = ?`,
        [customerId]
      )
      return rows[0] ?? null
    }
    const entries = async (customerId = member.customer.id) =>
      (
        await dbConnection.raw(
          `SELECT type, principal_amount::text AS principal, bonus_amount::text AS bonus, reference_type, reference_id
           FROM stored_value_entry WHERE customer_id = ? ORDER BY sequence`,
          [customerId]
        )
      ).rows
    const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean) => {
      for (let i = 0; i < 100; i++) {
        const value = await read()
        if (done(value)) return value
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return await read()
    }
    const counterTopUp = (principal: number, bonus: number) =>
      api.post(
        "/admin/stored-value/top-ups",
        {
          customer_id: member.customer.id,
          currency_code: "cny",
          principal_amount: principal,
          bonus_amount: bonus,
          payment_method: "cash",
        },
        { headers: { ...admin.headers, "idempotency-key": `counter-${principal}-${bonus}` } }
      )

    it("credits an online top-up once per order line, even when order.placed is handled twice", async () => {
      const { data } = await api.post(
        "/admin/recharge-plans",
        {
          name: "Pay 1000 get 1200",
          currency_code: "cny",
          pay_amount: 1000,
          bonus_type: "percent",
          bonus_value: 20,
          bonus_validity_days: 180,
          sales_channel_ids: [shop.sales_channel_id],
        },
        admin
      )
      const plans = await api.get("/store/recharge-plans", { headers: member.headers })
      expect(plans.data.recharge_plans.map((plan: any) => plan.id)).toContain(data.recharge_plan.id)

      const cartId = await createCart(api, member, shop, [
        { variant_id: data.recharge_plan.variant_id, quantity: 1 },
      ])
      const order = await completeCart(api, member, cartId)
      expect(await until(balance, (b) => !!b && b.principal === "1000")).toEqual({
        principal: "1000",
        bonus: "200",
      })

      // The event arrives again (a retry, a second worker): nothing more is credited.
      await creditOrderTopUpsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      await creditOrderTopUpsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(await balance()).toEqual({ principal: "1000", bonus: "200" })
      expect(
        (await entries()).map((e: any) => [e.type, e.principal, e.bonus, e.reference_type])
      ).toEqual([
        ["top_up_principal", "1000", "0", "line_item"],
        ["top_up_bonus", "0", "200", "line_item"],
      ])

      // Withdrawing the plan takes its product off sale; putting it back puts it on sale again.
      const productStatus = async () =>
        (
          await api.get(
            `/admin/products/${data.recharge_plan.product_variant.product_id}?fields=status`,
            admin
          )
        ).data.product.status
      await api.post(`/admin/recharge-plans/${data.recharge_plan.id}`, { is_active: false }, admin)
      expect(await productStatus()).toBe("draft")
      await api.post(`/admin/recharge-plans/${data.recharge_plan.id}`, { is_active: true }, admin)
      expect(await productStatus()).toBe("published")
      await api.delete(`/admin/recharge-plans/${data.recharge_plan.id}`, admin)
      expect(await productStatus()).toBe("draft")
      // An order paid before the plan was withdrawn still credits (once) when handled later.
      await creditOrderTopUpsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(await balance()).toEqual({ principal: "1000", bonus: "200" })
    })

    it("pays part of a cart with stored value, the card the rest, debiting once at completion", async () => {
      await counterTopUp(500, 100)
      const cartId = await createCart(api, member, shop, [
        { variant_id: serumVariant, quantity: 2 },
      ])
      const { data } = await api.post(
        `/store/carts/${cartId}/stored-value`,
        { amount: 240 },
        { headers: member.headers }
      )
      expect(data.cart.credit_lines).toEqual([
        expect.objectContaining({ amount: 240, reference: "stored_value" }),
      ])
      expect(Number(data.cart.total)).toBe(360)
      // Nothing moves until the cart completes.
      expect(await balance()).toEqual({ principal: "500", bonus: "100" })

      const order = await completeCart(api, member, cartId)
      expect(await balance()).toEqual({ principal: "300", bonus: "60" })
      expect((await entries()).slice(-1)).toEqual([
        {
          type: "spend",
          principal: "-200",
          bonus: "-40",
          reference_type: "order",
          reference_id: order.id,
        },
      ])
    })

    it("pays a whole cart with stored value (no card needed)", async () => {
      await counterTopUp(1000, 0)
      const cartId = await createCart(api, member, shop, [
        { variant_id: serumVariant, quantity: 1 },
      ])
      const { data } = await api.post(
        `/store/carts/${cartId}/stored-value`,
        {},
        { headers: member.headers }
      )
      expect(Number(data.cart.total)).toBe(0)
      await completeCart(api, member, cartId)
      expect(await balance()).toEqual({ principal: "700", bonus: "0" })
    })

    it("leaves the balance as it was when checkout fails after the debit: a reversal entry, no deletion", async () => {
      await counterTopUp(500, 100)
      const cartId = await createCart(api, member, shop, [
        { variant_id: serumVariant, quantity: 1 },
      ])
      await api.post(
        `/store/carts/${cartId}/stored-value`,
        { amount: 120 },
        { headers: member.headers }
      )
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        { headers: member.headers }
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        { headers: member.headers }
      )
      failAfterDebit = true
      const failed = await api
        .post(`/store/carts/${cartId}/complete`, {}, { headers: member.headers })
        .catch((e: any) => e.response)
      failAfterDebit = false
      expect(failed.data.type === "cart" || failed.status >= 400).toBe(true)
      expect(JSON.stringify(failed.data)).toMatch(/Simulated failure after payment authorization/)
      expect(await balance()).toEqual({ principal: "500", bonus: "100" })
      expect((await entries()).map((e: any) => [e.type, e.principal, e.bonus])).toEqual([
        ["top_up_principal", "500", "0"],
        ["top_up_bonus", "0", "100"],
        ["spend", "-100", "-20"],
        ["reversal", "100", "20"],
      ])
    })

    it("refunds an order's stored value in the exact split it took, and gives it all back when the order is canceled", async () => {
      await counterTopUp(400, 100)
      const cartId = await createCart(api, member, shop, [
        { variant_id: serumVariant, quantity: 1 },
      ])
      await api.post(
        `/store/carts/${cartId}/stored-value`,
        { amount: 250 },
        { headers: member.headers }
      )
      const order = await completeCart(api, member, cartId)
      expect(await balance()).toEqual({ principal: "200", bonus: "50" })

      const part = await api.post(
        `/admin/orders/${order.id}/stored-value-refunds`,
        { amount: 50, reason: "Returned one bottle" },
        admin
      )
      expect(part.data.operation.entries[0]).toEqual(
        expect.objectContaining({ type: "refund", principal_amount: "40", bonus_amount: "10" })
      )

      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      expect(await until(balance, (b) => b.principal === "400")).toEqual({
        principal: "400",
        bonus: "100",
      })
      const undo = await failure(
        api.post(`/admin/orders/${order.id}/stored-value-refunds`, { reason: "again" }, admin)
      )
      expect(undo.status).toBe(400)
      expect(undo.data.message).toMatch(/has already been refunded in full/)
    })

    it("refuses stored value on a top-up cart, on someone else's cart, or beyond the balance", async () => {
      await counterTopUp(100, 0)
      const { data: plan } = await api.post(
        "/admin/recharge-plans",
        {
          name: "Pay 500 get 550",
          currency_code: "cny",
          pay_amount: 500,
          bonus_value: 50,
          sales_channel_ids: [shop.sales_channel_id],
        },
        admin
      )
      const topUpCart = await createCart(api, member, shop, [
        { variant_id: plan.recharge_plan.variant_id, quantity: 1 },
      ])
      const onTopUp = await failure(
        api.post(`/store/carts/${topUpCart}/stored-value`, {}, { headers: member.headers })
      )
      expect(onTopUp.status).toBe(400)
      expect(onTopUp.data.message).toBe(
        "Stored value cannot pay for a top-up (Pay 500 get 550); pay it by card"
      )

      const cartId = await createCart(api, member, shop, [
        { variant_id: serumVariant, quantity: 1 },
      ])
      const tooMuch = await failure(
        api.post(
          `/store/carts/${cartId}/stored-value`,
          { amount: 150 },
          { headers: member.headers }
        )
      )
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toBe(
        "Insufficient stored value: the balance is 100.00 CNY, 150.00 CNY was asked"
      )

      const stranger = await createStoreCustomer(api, shop.publishable_key, "Stranger")
      const notMine = await failure(
        api.post(`/store/carts/${cartId}/stored-value`, {}, { headers: stranger.headers })
      )
      expect(notMine.status).toBe(404)
      const none = await failure(
        api.post(
          `/store/carts/${await createCart(api, stranger, shop, [{ variant_id: serumVariant, quantity: 1 }])}/stored-value`,
          {},
          { headers: stranger.headers }
        )
      )
      expect(none.data.message).toBe("You have no stored value in CNY")
      expect(await balance()).toEqual({ principal: "100", bonus: "0" })
    })
  },
})
