import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { STORED_VALUE_MODULE } from ".."
import type StoredValueModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<StoredValueModuleService>({
  moduleName: STORED_VALUE_MODULE,
  resolve: "./src/modules/stored-value",
  // The real migrations, so the append-only triggers exist in the test database too.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    let n = 0
    const key = (label: string) => `${label}-${Date.now()}-${++n}`
    const topUp = (
      customer: string,
      principal: string,
      bonus = "0",
      extra: Record<string, unknown> = {}
    ) =>
      service.topUp({
        idempotency_key: key("top-up"),
        customer_id: customer,
        currency_code: "cny",
        principal_amount: principal,
        bonus_amount: bonus,
        ...extra,
      })

    it("keeps principal and bonus apart and writes balances after each entry", async () => {
      const result = await topUp("cus_a", "1000", "200")
      expect(result).toEqual(
        expect.objectContaining({
          kind: "top_up",
          replayed: false,
          principal_balance: "1000",
          bonus_balance: "200",
        })
      )
      expect(
        result.entries.map((e) => [
          e.type,
          e.principal_amount,
          e.bonus_amount,
          e.principal_balance_after,
          e.bonus_balance_after,
        ])
      ).toEqual([
        ["top_up_principal", "1000", "0", "1000", "0"],
        ["top_up_bonus", "0", "200", "1000", "200"],
      ])
      const spent = await service.spend({
        idempotency_key: key("spend"),
        customer_id: "cus_a",
        currency_code: "cny",
        amount: "120",
      })
      expect(spent.entries[0]).toEqual(
        expect.objectContaining({ type: "spend", principal_amount: "-100", bonus_amount: "-20" })
      )
      expect([spent.principal_balance, spent.bonus_balance]).toEqual(["900", "180"])
    })

    it("never overdraws under concurrent spends and keeps balance = sum of entries", async () => {
      const { account_id } = await topUp("cus_b", "30")
      const results = await Promise.allSettled(
        Array.from({ length: 45 }, (_, i) =>
          service.spend({
            idempotency_key: `spend-b-${i}`,
            customer_id: "cus_b",
            currency_code: "cny",
            amount: "1",
          })
        )
      )
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(30)
      const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
      expect(refused).toHaveLength(15)
      expect(refused[0].reason.message).toMatch(
        /^Insufficient stored value: the balance is 0.00 CNY, the spend is 1.00 CNY$/
      )
      const [account] = await service.listStoredValueAccounts({ id: account_id })
      expect(Number(account.principal_balance)).toBe(0)
      expect((await service.reconcile({ account_id })).mismatches).toEqual([])
    })

    it("moves value once per idempotency key and refuses the key with other parameters", async () => {
      const request = {
        idempotency_key: "counter-7",
        customer_id: "cus_c",
        currency_code: "cny",
        principal_amount: "500",
      }
      const results = await Promise.all(Array.from({ length: 10 }, () => service.topUp(request)))
      expect(new Set(results.map((r) => r.operation_id)).size).toBe(1)
      expect(results.filter((r) => !r.replayed)).toHaveLength(1)
      expect(results.every((r) => r.principal_balance === "500")).toBe(true)
      await expect(service.topUp({ ...request, principal_amount: "600" })).rejects.toThrow(
        /Idempotency key counter-7 was already used for a different top-up/
      )
    })

    it("lets a request undone by compensation run again once under its key, keeping both in the ledger", async () => {
      const request = {
        idempotency_key: "counter-8",
        customer_id: "cus_retry",
        currency_code: "cny",
        principal_amount: "300",
      }
      const first = await service.topUp(request)
      // A later step of its workflow failed: the top-up is undone, and so is the request.
      await service.compensate(first.operation_id, { reason: "the sale failed" })
      await service.compensate(first.operation_id, { reason: "the sale failed" })
      const retries = await Promise.all(Array.from({ length: 5 }, () => service.topUp(request)))
      expect(new Set(retries.map((r) => r.operation_id)).size).toBe(1)
      expect(retries[0].operation_id).not.toBe(first.operation_id)
      expect(retries.filter((r) => !r.replayed)).toHaveLength(1)
      expect(retries.every((r) => r.principal_balance === "300")).toBe(true)
      expect((await service.findOperationByKey("counter-8"))?.id).toBe(retries[0].operation_id)
      const entries = await service.listStoredValueEntries(
        { customer_id: "cus_retry" },
        { order: { sequence: "ASC" } }
      )
      expect(entries.map((entry) => [entry.type, Number(entry.principal_amount)])).toEqual([
        ["top_up_principal", 300],
        ["reversal", -300],
        ["top_up_principal", 300],
      ])
      // Undone again, the request may run a third time; never two live top-ups at once.
      await service.compensate(retries[0].operation_id, { reason: "failed again" })
      const third = await service.topUp(request)
      expect(third.replayed).toBe(false)
      expect(third.principal_balance).toBe("300")
    })

    it("refunds a spend in its own split, in parts, never more than it took", async () => {
      await topUp("cus_d", "1000", "200")
      const spend = await service.spend({
        idempotency_key: key("spend"),
        customer_id: "cus_d",
        currency_code: "cny",
        amount: "600",
      })
      expect(spend.entries[0]).toEqual(
        expect.objectContaining({ principal_amount: "-500", bonus_amount: "-100" })
      )
      const part = await service.refund({
        idempotency_key: key("refund"),
        operation_id: spend.operation_id,
        amount: "120",
      })
      expect(part.entries[0]).toEqual(
        expect.objectContaining({ type: "refund", principal_amount: "100", bonus_amount: "20" })
      )
      const rest = await service.refund({
        idempotency_key: key("refund"),
        operation_id: spend.operation_id,
      })
      expect(rest.entries[0]).toEqual(
        expect.objectContaining({ principal_amount: "400", bonus_amount: "80" })
      )
      expect([rest.principal_balance, rest.bonus_balance]).toEqual(["1000", "200"])
      await expect(
        service.refund({ idempotency_key: key("refund"), operation_id: spend.operation_id })
      ).rejects.toThrow(/has already been refunded in full/)
    })

    it("reverses a spend exactly (a failed checkout) and refuses to reverse a top-up already spent", async () => {
      const top = await topUp("cus_e", "100", "20")
      const spend = await service.spend({
        idempotency_key: key("spend"),
        customer_id: "cus_e",
        currency_code: "cny",
        amount: "60",
      })
      const reversal = await service.reverse({
        idempotency_key: key("reverse"),
        operation_id: spend.operation_id,
      })
      expect(reversal.entries[0]).toEqual(
        expect.objectContaining({ type: "reversal", principal_amount: "50", bonus_amount: "10" })
      )
      expect([reversal.principal_balance, reversal.bonus_balance]).toEqual(["100", "20"])
      await service.spend({
        idempotency_key: key("spend"),
        customer_id: "cus_e",
        currency_code: "cny",
        amount: "60",
      })
      await expect(
        service.reverse({ idempotency_key: key("reverse"), operation_id: top.operation_id })
      ).rejects.toThrow(/cannot be reversed: the member has already spent part of it/)
    })

    it("closes an account: principal back to the member, bonus forfeited, no more movements", async () => {
      const { account_id } = await topUp("cus_f", "300", "60")
      const closed = await service.closeAccount({
        idempotency_key: key("close"),
        account_id,
        reason: "Moving abroad",
      })
      expect(closed.entries.map((e) => [e.type, e.principal_amount, e.bonus_amount])).toEqual([
        ["closure", "-300", "0"],
        ["closure", "0", "-60"],
      ])
      await expect(topUp("cus_f", "10")).rejects.toThrow(/is closed/)
    })

    it("expires what is left of a bonus lot once, spending soonest-expiring bonus first", async () => {
      const soon = new Date(Date.now() + 60_000)
      await topUp("cus_g", "100", "50", { bonus_expires_at: soon })
      const { account_id } = await topUp("cus_g", "100", "50", {
        bonus_expires_at: new Date(Date.now() + 365 * 86_400_000),
      })
      // 200 principal + 100 bonus; a 90 spend takes 60 principal and 30 bonus: all from the soon lot.
      await service.spend({
        idempotency_key: key("spend"),
        customer_id: "cus_g",
        currency_code: "cny",
        amount: "90",
      })
      const later = new Date(Date.now() + 120_000)
      const expired = await service.expireBonus(account_id, later)
      expect(expired!.entries[0]).toEqual(
        expect.objectContaining({ type: "expiry", principal_amount: "0", bonus_amount: "-20" })
      )
      expect(await service.expireBonus(account_id, later)).toBeNull()
      const [account] = await service.listStoredValueAccounts({ id: account_id })
      expect(Number(account.bonus_balance)).toBe(50)
      expect((await service.reconcile({ account_id })).mismatches).toEqual([])
    })

    it("takes a reversed top-up's bonus out of its own lot, so other bonus still expires on time", async () => {
      const soon = new Date(Date.now() + 60_000)
      const { account_id } = await topUp("cus_h", "100", "50", { bonus_expires_at: soon })
      // A never-expiring bonus, then reversed (sold by mistake).
      const mistaken = await topUp("cus_h", "100", "20")
      await service.reverse({
        idempotency_key: key("reverse"),
        operation_id: mistaken.operation_id,
        reason: "wrong card",
      })
      const [described] = await service.describeCustomerAccounts("cus_h")
      expect(described.bonus_expiring).toEqual([expect.objectContaining({ amount: "50" })])
      const expired = await service.expireBonus(account_id, new Date(Date.now() + 120_000))
      expect(expired!.entries[0]).toEqual(
        expect.objectContaining({ type: "expiry", bonus_amount: "-50" })
      )
      const [account] = await service.listStoredValueAccounts({ id: account_id })
      expect(Number(account.bonus_balance)).toBe(0)
    })

    it("refuses to edit or delete ledger rows in the database", async () => {
      await topUp("cus_h", "10")
      const manager = MikroOrmWrapper.forkManager()
      await expect(
        manager.execute(`UPDATE stored_value_entry SET reason = 'edited'`)
      ).rejects.toThrow(/append-only/)
      await expect(manager.execute(`DELETE FROM stored_value_entry`)).rejects.toThrow(/append-only/)
    })

    describe("checkout holds", () => {
      const hold = (customer: string, cart: string, amount: string) =>
        service.holdForCart({
          cart_id: cart,
          customer_id: customer,
          currency_code: "cny",
          amount,
        })

      it("never holds more than the balance under concurrent carts, and spends respect holds", async () => {
        await topUp("cus_h1", "500")
        const outcomes = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) => hold("cus_h1", `cart_h1_${i}`, "100"))
        )
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(5)
        const refused = outcomes.filter((o) => o.status === "rejected") as PromiseRejectedResult[]
        expect(refused).toHaveLength(3)
        expect(refused[0].reason.message).toMatch(
          /is held for online checkout \(0\.00 CNY available\)/
        )
        const [account] = await service.describeCustomerAccounts("cus_h1")
        expect(account).toEqual(
          expect.objectContaining({ balance: "500", held: "500", available: "0" })
        )
        await expect(
          service.spend({
            idempotency_key: key("spend"),
            customer_id: "cus_h1",
            currency_code: "cny",
            amount: "1",
          })
        ).rejects.toThrow(/held for online checkout/)
        await expect(
          service.adjust({
            idempotency_key: key("adjust"),
            account_id: account.id,
            principal_amount: "-1",
            bonus_amount: "0",
            reason: "typo",
          })
        ).rejects.toThrow(/held for online checkout/)
        await expect(
          service.closeAccount({
            idempotency_key: key("close"),
            account_id: account.id,
            reason: "x",
          })
        ).rejects.toThrow(/held for online checkout/)
      })

      it("replaces a cart's hold, captures it once (replays move nothing), and undoes a failed capture", async () => {
        await topUp("cus_h2", "300", "100")
        await hold("cus_h2", "cart_h2", "200")
        const replaced = await hold("cus_h2", "cart_h2", "400")
        expect(replaced.released).toHaveLength(1)
        expect(replaced.hold).toEqual(expect.objectContaining({ amount: "400", status: "active" }))

        const first = await service.captureCartHold({ cart_id: "cart_h2", order_id: "order_h2" })
        expect(first!.result).toEqual(
          expect.objectContaining({
            kind: "spend",
            replayed: false,
            principal_delta: "-300",
            bonus_delta: "-100",
          })
        )
        expect(first!.hold).toEqual(
          expect.objectContaining({
            status: "captured",
            order_id: "order_h2",
            operation_id: first!.result.operation_id,
          })
        )
        const again = await Promise.all([
          service.captureCartHold({ cart_id: "cart_h2", order_id: "order_h2" }),
          service.captureCartHold({ cart_id: "cart_h2", order_id: "order_h2" }),
        ])
        expect(again.map((a) => a!.result.replayed)).toEqual([true, true])
        expect((await service.describeCustomerAccounts("cus_h2"))[0]).toEqual(
          expect.objectContaining({ balance: "0", held: "0" })
        )

        // A capture whose workflow failed afterwards: reversed, the hold active again, and the
        // retry captures once more.
        await service.compensateCapture({
          hold_id: first!.hold.id,
          operation_id: first!.result.operation_id,
        })
        expect((await service.describeCustomerAccounts("cus_h2"))[0]).toEqual(
          expect.objectContaining({ balance: "400", held: "400" })
        )
        const retried = await service.captureCartHold({ cart_id: "cart_h2", order_id: "order_h2" })
        expect(retried!.result.replayed).toBe(false)
        expect(retried!.result.operation_id).not.toBe(first!.result.operation_id)
        expect((await service.describeCustomerAccounts("cus_h2"))[0]).toEqual(
          expect.objectContaining({ balance: "0", held: "0" })
        )
        expect((await service.reconcile()).mismatches).toEqual([])
      })

      it("lets bonus expire only once the holds that need it are captured or released", async () => {
        const { account_id } = await topUp("cus_h4", "100", "50", {
          bonus_expires_at: new Date(Date.now() + 60_000),
        })
        await hold("cus_h4", "cart_h4", "120")
        const later = new Date(Date.now() + 120_000)
        expect(await service.expireBonus(account_id, later)).toBeNull()
        expect((await service.describeCustomerAccounts("cus_h4"))[0]).toEqual(
          expect.objectContaining({ balance: "150", held: "120" })
        )
        await service.releaseCartHold({ cart_id: "cart_h4", reason: "expired" })
        const expired = await service.expireBonus(account_id, later)
        expect(expired!.entries[0]).toEqual(
          expect.objectContaining({ type: "expiry", bonus_amount: "-50" })
        )
      })

      it("releases a hold (nothing moves), lists due holds, and puts a released hold back only if covered", async () => {
        await topUp("cus_h3", "100")
        const { hold: placed } = await service.holdForCart({
          cart_id: "cart_h3",
          customer_id: "cus_h3",
          currency_code: "cny",
          amount: "80",
          expires_at: new Date(Date.now() - 1000),
        })
        expect((await service.listDueHolds()).map((h) => h.id)).toContain(placed!.id)
        const released = await service.releaseCartHold({ cart_id: "cart_h3", reason: "expired" })
        expect(released).toEqual(expect.objectContaining({ status: "released" }))
        expect(await service.releaseCartHold({ cart_id: "cart_h3", reason: "expired" })).toBeNull()
        expect(await service.captureCartHold({ cart_id: "cart_h3", order_id: "o" })).toBeNull()
        await service.spend({
          idempotency_key: key("spend"),
          customer_id: "cus_h3",
          currency_code: "cny",
          amount: "50",
        })
        expect(await service.reactivateHold(placed!.id)).toBe(false)
        expect((await service.describeCustomerAccounts("cus_h3"))[0]).toEqual(
          expect.objectContaining({ balance: "50", held: "0", available: "50" })
        )
      })
    })

    it("rejects amounts that make no sense for the currency", async () => {
      await expect(topUp("cus_i", "-5")).rejects.toThrow(
        "principal_amount must be more than zero; got -5"
      )
      await expect(topUp("cus_i", "10.005")).rejects.toThrow(/has more decimals than CNY allows/)
      await expect(
        service.spend({
          idempotency_key: key("spend"),
          customer_id: "cus_nobody",
          currency_code: "cny",
          amount: "1",
        })
      ).rejects.toThrow("Customer cus_nobody has no stored value in CNY; top up first")
    })
  },
})
