import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, explainErrors } from "../../utils/admin"
import { failure } from "../../utils/booking"
import { completeCart, createCart, createShop, createSimpleProduct } from "../../utils/cart"
import { createStoreCustomer } from "../../utils/store"
import { creditOrderTopUpsWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/credit-order-top-ups"
import { captureCartStoredValueWorkflow } from "medusa-plugin-salon-erp/src/workflows/stored-value/workflows/capture-cart-stored-value"
import { expireStoredValueHolds } from "medusa-plugin-salon-erp/src/jobs/expire-stored-value-holds"

jest.setTimeout(180 * 1000)

/** After the default checkout_hold_minutes (60): every hold placed by a test is due. */
const later = () => new Date(Date.now() + 2 * 60 * 60 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string> }
    let shop: Awaited<ReturnType<typeof createShop>>
    let member: Awaited<ReturnType<typeof createStoreCustomer>>
    let serumVariant: string

    beforeEach(async () => {
      explainErrors(api)
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
    const holds = async (customerId = member.customer.id) =>
      (
        await dbConnection.raw(
          `SELECT cart_id, amount::text AS amount, status, order_id, operation_id, release_reason
           FROM stored_value_hold WHERE customer_id = ? ORDER BY created_at`,
          [customerId]
        )
      ).rows
    const holdIds = async () =>
      (
        await dbConnection.raw(
          `SELECT id FROM stored_value_hold WHERE customer_id = ? ORDER BY created_at`,
          [member.customer.id]
        )
      ).rows.map((row: { id: string }) => row.id)
    /** What the member sees: balance, held for checkout, available. */
    const mine = async (headers = member.headers) => {
      const { data } = await api.get("/store/customers/me/stored-value", { headers })
      const [account] = data.stored_value_accounts
      return { balance: account.balance, held: account.held, available: account.available }
    }
    const cartOf = async (cartId: string) =>
      (
        await api.get(`/store/carts/${cartId}?fields=id,total,credit_lines.*`, {
          headers: member.headers,
        })
      ).data.cart
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
      // Nothing moves until the order is placed: the amount is held, not debited.
      expect(await balance()).toEqual({ principal: "500", bonus: "100" })
      expect(await mine()).toEqual({ balance: "600", held: "240", available: "360" })
      expect(await holds()).toEqual([
        expect.objectContaining({ cart_id: cartId, amount: "240", status: "active" }),
      ])

      const order = await completeCart(api, member, cartId)
      // order.placed captures the hold as the spend.
      expect(await until(balance, (b) => b.principal !== "500")).toEqual({
        principal: "300",
        bonus: "60",
      })
      expect((await entries()).slice(-1)).toEqual([
        {
          type: "spend",
          principal: "-200",
          bonus: "-40",
          reference_type: "order",
          reference_id: order.id,
        },
      ])
      const [hold] = await holds()
      expect(hold).toEqual(
        expect.objectContaining({ status: "captured", order_id: order.id, amount: "240" })
      )
      expect(await mine()).toEqual({ balance: "360", held: "0", available: "360" })

      // The capture again (order.placed handled twice, the recovery job): nothing moves.
      const { result: again } = await captureCartStoredValueWorkflow(getContainer()).run({
        input: { cart_id: cartId },
      })
      expect(again.operation).toEqual(
        expect.objectContaining({ replayed: true, operation_id: hold.operation_id })
      )
      expect(await expireStoredValueHolds(getContainer(), later())).toEqual(
        expect.objectContaining({ released: 0, captured: 0 })
      )
      expect(await balance()).toEqual({ principal: "300", bonus: "60" })
      expect((await entries()).filter((e: any) => e.type === "spend")).toHaveLength(1)
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
      expect(await until(balance, (b) => b.principal !== "1000")).toEqual({
        principal: "700",
        bonus: "0",
      })
    })

    it("leaves the balance as it was when checkout fails: nothing is debited, and the expired hold frees the value and leaves the cart", async () => {
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
      // The card authorization fails after the order was created (storing the authorized payment
      // fails), so cart completion is compensated and order.placed is never emitted. No workflow
      // hook is involved.
      await dbConnection.raw(`
        CREATE OR REPLACE FUNCTION test_fail_checkout() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'Simulated failure at payment authorization'; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER test_fail_checkout BEFORE INSERT ON payment
          FOR EACH ROW EXECUTE FUNCTION test_fail_checkout();`)
      const failed = await api
        .post(`/store/carts/${cartId}/complete`, {}, { headers: member.headers })
        .catch((e: any) => e.response)
        .finally(() =>
          dbConnection.raw(`DROP TRIGGER IF EXISTS test_fail_checkout ON payment;
            DROP FUNCTION IF EXISTS test_fail_checkout();`)
        )
      expect(failed.data.type === "cart" || failed.status >= 400).toBe(true)
      // Core reports the provider-side failure as a failed authorization.
      expect(JSON.stringify(failed.data)).toMatch(/Payment authorization failed/)
      const { rows: orders } = await dbConnection.raw(
        `SELECT order_id FROM order_cart WHERE cart_id = ? AND deleted_at IS NULL`,
        [cartId]
      )
      expect(orders).toEqual([])
      expect(await balance()).toEqual({ principal: "500", bonus: "100" })
      // Nothing was debited, so there is nothing to reverse.
      expect((await entries()).map((e: any) => [e.type, e.principal, e.bonus])).toEqual([
        ["top_up_principal", "500", "0"],
        ["top_up_bonus", "0", "100"],
      ])
      // The cart still holds its 120 until the hold expires …
      expect(await mine()).toEqual({ balance: "600", held: "120", available: "480" })
      expect(await expireStoredValueHolds(getContainer(), new Date())).toEqual(
        expect.objectContaining({ due: 0 })
      )
      // … then the job releases it and takes the stored value off the abandoned cart.
      expect(await expireStoredValueHolds(getContainer(), later())).toEqual(
        expect.objectContaining({ due: 1, released: 1, captured: 0 })
      )
      expect(await mine()).toEqual({ balance: "600", held: "0", available: "600" })
      expect(await holds()).toEqual([
        expect.objectContaining({ status: "released", release_reason: "expired" }),
      ])
      const cart = await cartOf(cartId)
      expect(cart.credit_lines).toEqual([])
      expect(Number(cart.total)).toBe(300)
      expect(await balance()).toEqual({ principal: "500", bonus: "100" })
      expect(await entries()).toHaveLength(2)
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
      expect(await until(balance, (b) => b.principal !== "400")).toEqual({
        principal: "200",
        bonus: "50",
      })

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

    it("never lets two carts applied at once hold more than the balance", async () => {
      await counterTopUp(500, 0)
      const carts = await Promise.all(
        [1, 2, 3, 4].map(() =>
          createCart(api, member, shop, [{ variant_id: serumVariant, quantity: 1 }])
        )
      )
      const outcomes = await Promise.all(
        carts.map((cartId) =>
          api
            .post(
              `/store/carts/${cartId}/stored-value`,
              { amount: 200 },
              { headers: member.headers }
            )
            .then((response: { status: number }) => response.status)
            .catch((e: any) => e.response)
        )
      )
      const held = outcomes.filter((outcome) => outcome === 200)
      const refused = outcomes.filter((outcome) => outcome !== 200)
      expect(held).toHaveLength(2)
      expect(refused.map((r: any) => r.status)).toEqual([400, 400])
      for (const r of refused) {
        expect(r.data.message).toMatch(
          /^Insufficient stored value: the balance is 500\.00 CNY, of which \d+\.00 CNY is held for online checkout \(\d+\.00 CNY available\), 200\.00 CNY was asked$/
        )
      }
      expect(await mine()).toEqual({ balance: "500", held: "400", available: "100" })
      expect(
        (await holds()).filter((h: any) => h.status === "active").map((h: any) => h.amount)
      ).toEqual(["200", "200"])

      // Re-applying replaces a cart's hold (its own hold does not count against it); removing
      // the stored value releases it.
      const holding = carts.filter((_, i) => outcomes[i] === 200)
      await api.post(
        `/store/carts/${holding[0]}/stored-value`,
        { amount: 300 },
        { headers: member.headers }
      )
      expect(await mine()).toEqual({ balance: "500", held: "500", available: "0" })
      const { data } = await api.delete(`/store/carts/${holding[1]}/stored-value`, {
        headers: member.headers,
      })
      expect(data.cart.credit_lines).toEqual([])
      expect(await mine()).toEqual({ balance: "500", held: "300", available: "200" })
      expect(
        (await holds()).filter((h: any) => h.status === "active").map((h: any) => h.amount)
      ).toEqual(["300"])
      expect(await balance()).toEqual({ principal: "500", bonus: "0" })
    })

    it("keeps money held for an online cart from being spent at the counter", async () => {
      await counterTopUp(500, 0)
      const cartId = await createCart(api, member, shop, [
        { variant_id: serumVariant, quantity: 2 },
      ])
      await api.post(
        `/store/carts/${cartId}/stored-value`,
        { amount: 400 },
        { headers: member.headers }
      )
      const counterSpend = (amount: number, key: string) =>
        api.post(
          "/admin/stored-value/spends",
          { customer_id: member.customer.id, currency_code: "cny", amount },
          { headers: { ...admin.headers, "idempotency-key": key } }
        )
      const refused = await failure(counterSpend(200, "counter-spend-200"))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(
        "Insufficient stored value: the balance is 500.00 CNY, of which 400.00 CNY is held for online checkout (100.00 CNY available), the spend is 200.00 CNY"
      )
      await counterSpend(100, "counter-spend-100")
      expect(await mine()).toEqual({ balance: "400", held: "400", available: "0" })

      // The online order still gets all of what it held.
      const order = await completeCart(api, member, cartId)
      expect(await until(balance, (b) => b.principal !== "400")).toEqual({
        principal: "0",
        bonus: "0",
      })
      expect((await entries()).slice(-1)).toEqual([
        expect.objectContaining({ type: "spend", principal: "-400", reference_id: order.id }),
      ])
    })

    it("captures a completed cart's hold from the expiry job when order.placed was not handled", async () => {
      await counterTopUp(500, 0)
      const cartId = await createCart(api, member, shop, [
        { variant_id: serumVariant, quantity: 1 },
      ])
      await api.post(
        `/store/carts/${cartId}/stored-value`,
        { amount: 100 },
        { headers: member.headers }
      )
      const order = await completeCart(api, member, cartId)
      await until(balance, (b) => b.principal === "400")
      // As if order.placed had never been handled: the capture is undone (its compensation), the
      // hold is active again and the money back.
      const [captured] = await holds()
      const storedValue = getContainer().resolve<{
        compensateCapture: (input: { hold_id: string; operation_id: string }) => Promise<void>
      }>("stored_value")
      await storedValue.compensateCapture({
        hold_id: (await holdIds())[0],
        operation_id: captured.operation_id,
      })
      expect(await mine()).toEqual({ balance: "500", held: "100", available: "400" })

      expect(await expireStoredValueHolds(getContainer(), later())).toEqual(
        expect.objectContaining({ due: 1, released: 0, captured: 1 })
      )
      expect(await balance()).toEqual({ principal: "400", bonus: "0" })
      expect(await holds()).toEqual([
        expect.objectContaining({ status: "captured", order_id: order.id }),
      ])
      // The order keeps its credit line; running the job again moves nothing.
      await expireStoredValueHolds(getContainer(), later())
      expect(await balance()).toEqual({ principal: "400", bonus: "0" })
      expect((await entries()).map((e: any) => e.type)).toEqual([
        "top_up_principal",
        "spend",
        "reversal",
        "spend",
      ])
    })
  },
})
