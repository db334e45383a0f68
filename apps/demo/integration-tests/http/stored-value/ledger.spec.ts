import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, explainErrors } from "../../utils/admin"
import { createBranch, createCustomer, createStaff, failure } from "../../utils/booking"
import { createPublishableKey, createStoreCustomer } from "../../utils/store"
import expireStoredValueBonusJob from "medusa-plugin-salon-erp/src/jobs/expire-stored-value-bonus"
import { readOutboxBacklog, relayOutboxEvents } from "medusa-plugin-salon-erp/src/lib/outbox/index"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: { headers: Record<string, string> }
    let customer: { id: string }

    beforeEach(async () => {
      explainErrors(api)
      admin = await adminHeaders(api, getContainer())
      customer = await createCustomer(api, admin, "Lan")
    })

    const withKey = (key: string) => ({ headers: { ...admin.headers, "idempotency-key": key } })
    const topUp = (body: Record<string, unknown>, key = `top-up-${Math.random()}`) =>
      api.post(
        "/admin/stored-value/top-ups",
        { customer_id: customer.id, currency_code: "cny", payment_method: "cash", ...body },
        withKey(key)
      )
    const spend = (
      amount: number | string,
      key = `spend-${Math.random()}`,
      extra: Record<string, unknown> = {}
    ) =>
      api.post(
        "/admin/stored-value/spends",
        { customer_id: customer.id, currency_code: "cny", amount, ...extra },
        withKey(key)
      )
    const ledgerSums = async (accountId: string) => {
      const { rows } = await dbConnection.raw(
        `SELECT a.principal_balance::text AS principal, a.bonus_balance::text AS bonus,
                (SELECT coalesce(sum(principal_amount), 0)::text FROM stored_value_entry WHERE account_id = a.id) AS entries_principal,
                (SELECT coalesce(sum(bonus_amount), 0)::text FROM stored_value_entry WHERE account_id = a.id) AS entries_bonus,
                (SELECT count(*)::int FROM stored_value_entry WHERE account_id = a.id) AS entries
         FROM stored_value_account a WHERE a.id = ?`,
        [accountId]
      )
      return rows[0]
    }

    describe("top-ups and spends", () => {
      it("tops up at the counter from a plan: principal and bonus apart, seller and payment method recorded", async () => {
        const { data: plan } = await api.post(
          "/admin/recharge-plans",
          {
            name: "Pay 1000 get 1200",
            currency_code: "cny",
            pay_amount: 1000,
            bonus_type: "fixed",
            bonus_value: 200,
            bonus_validity_days: 365,
          },
          admin
        )
        const branch = await createBranch(api, admin)
        const seller = await createStaff(api, admin, branch.id, [], "Sally Seller")
        // The answer carries the account's own fields; `fields` asks for its bonus lots too.
        const { status, data } = await api.post(
          `/admin/stored-value/top-ups?fields=${encodeURIComponent("+bonus_lots.*")}`,
          {
            customer_id: customer.id,
            currency_code: "cny",
            plan_id: plan.recharge_plan.id,
            payment_method: "wechat_pay",
            staff_member_id: seller.id,
            branch_id: branch.id,
          },
          withKey(`top-up-${Math.random()}`)
        )
        expect(status).toBe(201)
        expect(data.operation).toEqual(
          expect.objectContaining({
            kind: "top_up",
            principal_balance: "1000",
            bonus_balance: "200",
            replayed: false,
          })
        )
        expect(data.stored_value_account).toEqual(
          expect.objectContaining({ principal_balance: 1000, bonus_balance: 200, status: "active" })
        )
        expect(data.stored_value_account.bonus_lots).toEqual([
          expect.objectContaining({ amount: 200, expires_at: expect.any(String) }),
        ])

        const { data: ledger } = await api.get(
          `/admin/stored-value/entries?customer_id=${customer.id}&order=sequence`,
          admin
        )
        expect(
          ledger.stored_value_entries.map((e: any) => [
            e.type,
            e.principal_amount,
            e.bonus_amount,
            e.payment_method,
            e.staff_member_id,
          ])
        ).toEqual([
          ["top_up_principal", 1000, 0, "wechat_pay", seller.id],
          ["top_up_bonus", 0, 200, "wechat_pay", seller.id],
        ])
      })

      it("splits a spend proportionally between principal and bonus by default", async () => {
        await topUp({ principal_amount: 1000, bonus_amount: 200 })
        const { data } = await spend(120, "spend-1", {
          reference_type: "appointment",
          reference_id: "appt_1",
        })
        expect(data.operation.entries).toEqual([
          expect.objectContaining({
            type: "spend",
            principal_amount: "-100",
            bonus_amount: "-20",
            principal_balance_after: "900",
            bonus_balance_after: "180",
          }),
        ])
        // The account as the spend left it, from the spend's own write (no relations unasked).
        expect(data.stored_value_account).toEqual(
          expect.objectContaining({
            id: data.operation.account_id,
            customer_id: customer.id,
            principal_balance: 900,
            bonus_balance: 180,
            status: "active",
            updated_at: expect.any(String),
          })
        )
        expect(data.stored_value_account).not.toHaveProperty("bonus_lots")
        expect(data.operation).not.toHaveProperty("account")
        const { data: read } = await api.get(
          `/admin/stored-value/accounts/${data.operation.account_id}`,
          admin
        )
        expect(read.stored_value_account).toEqual(
          expect.objectContaining({
            principal_balance: 900,
            bonus_balance: 180,
            updated_at: data.stored_value_account.updated_at,
          })
        )
        // Fields the answer cannot give are dropped: the spend still answers 201, once.
        const odd = await api.post(
          `/admin/stored-value/spends?fields=${encodeURIComponent("+nonsense,+bonus_lots.amount")}`,
          { customer_id: customer.id, currency_code: "cny", amount: 12 },
          withKey("spend-odd-fields")
        )
        expect(odd.status).toBe(201)
        expect(odd.data.stored_value_account.principal_balance).toBe(890)
        expect(odd.data.stored_value_account).not.toHaveProperty("nonsense")
        expect(odd.data.stored_value_account.bonus_lots).toHaveLength(1)
      })

      it("lets 200 concurrent debits of 1 on a balance of 150 succeed exactly 150 times", async () => {
        const { data } = await topUp({ principal_amount: 150 })
        const accountId = data.operation.account_id
        const results = await Promise.allSettled(
          Array.from({ length: 200 }, (_, i) => spend(1, `race-${i}`))
        )
        const ok = results.filter((r) => r.status === "fulfilled")
        const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
        expect(ok).toHaveLength(150)
        expect(refused).toHaveLength(50)
        for (const attempt of refused) {
          expect(attempt.reason.response.status).toBe(400)
          expect(attempt.reason.response.data.message).toBe(
            "Insufficient stored value: the balance is 0.00 CNY, the spend is 1.00 CNY"
          )
        }
        const sums = await ledgerSums(accountId)
        expect(sums).toEqual({
          principal: "0",
          bonus: "0",
          entries_principal: "0",
          entries_bonus: "0",
          entries: 151,
        })
      })

      it("credits and debits every one of 50 concurrent requests sent without an idempotency key", async () => {
        const noKey = { headers: admin.headers }
        const body = { customer_id: customer.id, currency_code: "cny" }
        // Every request of the burst sees the same millisecond, as requests from several servers
        // can: a default key built from the clock would merge them.
        const sameMillisecond = jest.spyOn(Date, "now").mockReturnValue(Date.now())
        const topUps = await Promise.all(
          Array.from({ length: 50 }, () =>
            api.post(
              "/admin/stored-value/top-ups",
              { ...body, payment_method: "cash", principal_amount: 10 },
              noKey
            )
          )
        )
        expect(topUps.every((reply) => reply.status === 201)).toBe(true)
        expect(new Set(topUps.map((reply) => reply.data.operation.operation_id)).size).toBe(50)
        const accountId = topUps[0].data.operation.account_id
        const spends = await Promise.all(
          Array.from({ length: 30 }, () =>
            api.post("/admin/stored-value/spends", { ...body, amount: 5 }, noKey)
          )
        )
        sameMillisecond.mockRestore()
        expect(spends.every((reply) => reply.status === 201)).toBe(true)
        expect(await ledgerSums(accountId)).toEqual({
          principal: "350",
          bonus: "0",
          entries_principal: "350",
          entries_bonus: "0",
          entries: 80,
        })
      })

      it("moves value once for 20 parallel replays of one idempotency key", async () => {
        await topUp({ principal_amount: 500 })
        const replies = await Promise.all(
          Array.from({ length: 20 }, () => spend(80, "pos-terminal-77"))
        )
        expect(new Set(replies.map((reply) => reply.data.operation.operation_id)).size).toBe(1)
        expect(replies.filter((reply) => reply.status === 201)).toHaveLength(1)
        expect(replies.every((reply) => reply.data.operation.principal_balance === "420")).toBe(
          true
        )
        const again = await failure(spend(90, "pos-terminal-77"))
        expect(again.status).toBe(422)
        expect(again.data.message).toMatch(
          /^Idempotency key pos-terminal-77 was already used for a different spend/
        )
      })

      it("rejects bad input with a clear 4xx and changes nothing", async () => {
        await topUp({ principal_amount: 100 })
        const cases: [() => Promise<unknown>, number, RegExp][] = [
          [() => spend(-5), 400, /amount: must be more than zero/],
          [() => spend("12.345"), 400, /has more decimals than CNY allows/],
          [
            () => spend(100.01),
            400,
            /Insufficient stored value: the balance is 100.00 CNY, the spend is 100.01 CNY/,
          ],
          [
            () =>
              api.post(
                "/admin/stored-value/spends",
                { customer_id: "cus_missing", currency_code: "cny", amount: 1 },
                admin
              ),
            404,
            /Customer with id: cus_missing was not found/,
          ],
          [
            () =>
              api.post(
                "/admin/stored-value/spends",
                { customer_id: customer.id, currency_code: "hkd", amount: 1 },
                admin
              ),
            400,
            /has no stored value in HKD; top up first/,
          ],
          [
            () => topUp({ principal_amount: 100, plan_id: "svrp_x" }),
            400,
            /give either plan_id .* or principal_amount/,
          ],
          [
            () => topUp({ plan_id: "svrp_missing" }),
            404,
            /RechargePlan with id: svrp_missing was not found|Recharge plan with id: svrp_missing was not found/,
          ],
          [
            () => topUp({ principal_amount: 100, payment_method: "bitcoin" }),
            400,
            /payment_method/,
          ],
          [
            () =>
              api.post(
                "/admin/stored-value/operations/svop_missing/refund",
                { reason: "x" },
                admin
              ),
            404,
            /Stored value operation with id: svop_missing was not found/,
          ],
        ]
        for (const [request, status, message] of cases) {
          const response = await failure(request())
          expect({ status: response.status, message: response.data.message }).toEqual({
            status,
            message: expect.stringMatching(message),
          })
        }
        const { data } = await api.get(
          `/admin/stored-value/accounts?customer_id=${customer.id}`,
          admin
        )
        expect(data.stored_value_accounts[0]).toEqual(
          expect.objectContaining({ principal_balance: 100, bonus_balance: 0 })
        )
      })
      it("refuses control characters, absurd amounts and unknown staff or branches, writing nothing", async () => {
        const { data } = await topUp({ principal_amount: 100 })
        const accountId = data.operation.account_id
        const before = await ledgerSums(accountId)
        const cases: [() => Promise<unknown>, number, RegExp][] = [
          [
            () => topUp({ principal_amount: 10, note: "paid\u0000cash" }),
            400,
            /note: must not contain control characters/,
          ],
          [
            () => topUp({ principal_amount: 10, bonus_amount: 1e20 }),
            400,
            /bonus_amount: must be at most/,
          ],
          [
            () => topUp({ principal_amount: 10, bonus_amount: "100000000000000000000" }),
            400,
            /bonus_amount: must be at most/,
          ],
          [
            () => topUp({ principal_amount: 10, bonus_amount: 500_000 }),
            400,
            /bonus_amount .*above the limit/,
          ],
          [
            () => topUp({ principal_amount: 10, staff_member_id: "stf_missing" }),
            404,
            /Staff member with id: stf_missing was not found.*staff_member_id/,
          ],
          [
            () => topUp({ principal_amount: 10, branch_id: "brch_missing" }),
            404,
            /Branch with id: brch_missing was not found.*branch_id/,
          ],
          [
            () => spend(10, undefined, { staff_member_id: "stf_missing" }),
            404,
            /Staff member with id: stf_missing was not found.*staff_member_id/,
          ],
          [
            () => spend(10, undefined, { branch_id: "brch_missing" }),
            404,
            /Branch with id: brch_missing was not found.*branch_id/,
          ],
          [
            () =>
              api.post(
                `/admin/stored-value/accounts/${accountId}/adjustments`,
                { bonus_amount: 1e15, reason: "typo" },
                admin
              ),
            400,
            /bonus_amount: must be at most/,
          ],
          [
            () =>
              api.post(
                `/admin/stored-value/accounts/${accountId}/adjustments`,
                { principal_amount: -1e15, reason: "typo" },
                admin
              ),
            400,
            /principal_amount: must be at most/,
          ],
          [
            () =>
              api.post(
                `/admin/stored-value/accounts/${accountId}/adjustments`,
                { bonus_amount: 500_000, reason: "typo" },
                admin
              ),
            400,
            /bonus_amount .*above the limit/,
          ],
          [
            () =>
              api.post(
                `/admin/stored-value/accounts/${accountId}/adjustments`,
                { bonus_amount: 5, reason: "bad\u0000reason" },
                admin
              ),
            400,
            /reason: must not contain control characters/,
          ],
        ]
        for (const [request, status, message] of cases) {
          const response = await failure(request())
          expect({ status: response.status, message: response.data.message }).toEqual({
            status,
            message: expect.stringMatching(message),
          })
          expect(response.data.type).toEqual(expect.any(String))
        }
        expect(await ledgerSums(accountId)).toEqual(before)
        const { rows } = await dbConnection.raw(
          `SELECT count(*)::int AS n FROM stored_value_operation WHERE account_id = ?`,
          [accountId]
        )
        expect(rows[0].n).toBe(1)
      })

      it("refuses recharge plans with control characters, huge names, impossible or zoneless dates and absurd bonuses", async () => {
        const plan = (body: Record<string, unknown>) =>
          api.post(
            "/admin/recharge-plans",
            { name: "Pay 500", currency_code: "cny", pay_amount: 500, ...body },
            admin
          )
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ name: "Gold\u0000plan" }, /name: must not contain control characters/],
          [{ name: "x".repeat(100_000) }, /name: must be at most 200 characters/],
          [{ description: "a\u0000b" }, /description: must not contain control characters/],
          [{ ends_at: "2027-02-30T00:00:00Z" }, /ends_at: 2027-02-30 is not a calendar date/],
          [{ ends_at: "2027-02-30" }, /ends_at/],
          [{ starts_at: "2027-01-01T10:00:00" }, /starts_at: needs a time zone/],
          [{ bonus_value: 1e20 }, /bonus_value: must be at most/],
          [{ bonus_value: 500_000 }, /bonus_value .*above the limit/],
          [{ pay_amount: 1e20 }, /pay_amount: must be at most/],
        ]
        for (const [body, message] of cases) {
          const response = await failure(plan(body))
          expect({ body: Object.keys(body), status: response.status }).toEqual({
            body: Object.keys(body),
            status: 400,
          })
          expect(response.data.message).toMatch(message)
        }
        const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM recharge_plan`)
        expect(rows[0].n).toBe(0)
        const { data: created } = await plan({ name: "Gold" })
        const update = await failure(
          api.post(
            `/admin/recharge-plans/${created.recharge_plan.id}`,
            { name: "Gold\u0000", ends_at: "2027-02-30T00:00:00+08:00" },
            admin
          )
        )
        expect(update.status).toBe(400)
        expect(update.data.message).toMatch(/name: must not contain control characters/)
        const { data: after } = await api.get(
          `/admin/recharge-plans/${created.recharge_plan.id}`,
          admin
        )
        expect(after.recharge_plan.name).toBe("Gold")
      })
    })

    describe("events through the outbox", () => {
      /** Records every stored_value.spent delivered to a subscriber, by outbox event id. */
      const listenToSpends = () => {
        const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        const delivered: { operation_id: string; outbox_event_id: string }[] = []
        const subscriber: Parameters<IEventBusModuleService["subscribe"]>[1] = async (event) => {
          delivered.push({
            operation_id: (event.data as { operation_id: string }).operation_id,
            outbox_event_id: String(event.metadata?.outbox_event_id),
          })
        }
        eventBus.subscribe("stored_value.spent", subscriber, { subscriberId: "test-spends" })
        return {
          delivered,
          stop: () =>
            eventBus.unsubscribe("stored_value.spent", subscriber, { subscriberId: "test-spends" }),
        }
      }
      const waitFor = async (check: () => boolean, ms = 5_000) => {
        const until = Date.now() + ms
        while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
      }

      it("publishes each of 40 concurrent spends' events exactly once, in the order they committed", async () => {
        const listener = listenToSpends()
        try {
          await topUp({ principal_amount: 100 })
          const replies = await Promise.all(
            Array.from({ length: 40 }, (_, i) => spend(1, `outbox-${i}`))
          )
          // Replays publish nothing new.
          await Promise.all(Array.from({ length: 10 }, (_, i) => spend(1, `outbox-${i}`)))
          await waitFor(() => listener.delivered.length >= 40)
          await new Promise((r) => setTimeout(r, 200))
          const operations = replies.map((reply) => reply.data.operation.operation_id)
          expect(listener.delivered.map((d) => d.operation_id).sort()).toEqual(operations.sort())
          expect(new Set(listener.delivered.map((d) => d.outbox_event_id)).size).toBe(40)
          // Commit order = ledger order: the balances the events report only go down.
          const { rows } = await dbConnection.raw(
            `SELECT data->>'principal_balance' AS balance FROM stored_value_outbox_event
              WHERE event_name = 'stored_value.spent' AND status = 'published' ORDER BY sequence`
          )
          const balances = rows.map((row: { balance: string }) => Number(row.balance))
          expect(balances.slice(-40)).toEqual([...balances.slice(-40)].sort((a, b) => b - a))
          expect((await readOutboxBacklog(getContainer())).modules.stored_value.pending).toBe(0)
        } finally {
          listener.stop()
        }
      })

      it("recovers a spend whose process died after the commit: the relay publishes its event once", async () => {
        const listener = listenToSpends()
        try {
          await topUp({ principal_amount: 50 })
          // The module's write alone: what a server killed between commit and publication leaves.
          const service = getContainer().resolve("stored_value") as unknown as {
            spend: (input: Record<string, unknown>) => Promise<{ operation_id: string }>
          }
          const orphan = await service.spend({
            idempotency_key: "died-after-commit",
            customer_id: customer.id,
            currency_code: "cny",
            amount: 7,
          })
          await new Promise((r) => setTimeout(r, 100))
          expect(listener.delivered).toHaveLength(0)
          const backlog = await readOutboxBacklog(getContainer())
          expect(backlog.modules.stored_value.pending).toBe(1)
          // Too young for recovery: a live workflow may still be about to publish it.
          expect((await relayOutboxEvents(getContainer())).stored_value).toBe(0)
          expect((await relayOutboxEvents(getContainer(), { min_age_ms: 0 })).stored_value).toBe(1)
          await waitFor(() => listener.delivered.length >= 1)
          expect(listener.delivered).toEqual([
            expect.objectContaining({ operation_id: orphan.operation_id }),
          ])
          expect((await relayOutboxEvents(getContainer(), { min_age_ms: 0 })).stored_value).toBe(0)
          // A retry of the request replays the operation and publishes nothing more.
          await spend(7, "died-after-commit")
          await new Promise((r) => setTimeout(r, 200))
          expect(listener.delivered).toHaveLength(1)
        } finally {
          listener.stop()
        }
      })
    })

    describe("refunds, reversals, adjustments, closing", () => {
      it("refunds a spend in its exact split, in parts, and no further", async () => {
        await topUp({ principal_amount: 1000, bonus_amount: 200 })
        const { data: spent } = await spend(600)
        const id = spent.operation.operation_id
        const part = await api.post(
          `/admin/stored-value/operations/${id}/refund`,
          { amount: 120, reason: "Service cut short" },
          withKey("r1")
        )
        expect(part.data.operation.entries[0]).toEqual(
          expect.objectContaining({ type: "refund", principal_amount: "100", bonus_amount: "20" })
        )
        const rest = await api.post(
          `/admin/stored-value/operations/${id}/refund`,
          { reason: "Customer unhappy" },
          withKey("r2")
        )
        expect(rest.data.operation).toEqual(
          expect.objectContaining({ principal_balance: "1000", bonus_balance: "200" })
        )
        const more = await failure(
          api.post(
            `/admin/stored-value/operations/${id}/refund`,
            { amount: 1, reason: "again" },
            withKey("r3")
          )
        )
        expect(more.status).toBe(400)
        expect(more.data.message).toBe(`Spend ${id} has already been refunded in full`)
      })

      it("reverses a top-up recorded by mistake, with reversing entries and no deletion", async () => {
        const { data } = await topUp({ principal_amount: 300, bonus_amount: 30 })
        const { data: reversed } = await api.post(
          `/admin/stored-value/operations/${data.operation.operation_id}/reverse`,
          { reason: "Keyed the wrong member" },
          admin
        )
        expect(reversed.operation.entries[0]).toEqual(
          expect.objectContaining({
            type: "reversal",
            principal_amount: "-300",
            bonus_amount: "-30",
          })
        )
        const sums = await ledgerSums(data.operation.account_id)
        expect(sums).toEqual(expect.objectContaining({ principal: "0", bonus: "0", entries: 3 }))
      })

      it("adjusts with a reason, refuses to go below zero, and requires the reason", async () => {
        const { data } = await topUp({ principal_amount: 50 })
        const accountId = data.operation.account_id
        const adjusted = await api.post(
          `/admin/stored-value/accounts/${accountId}/adjustments`,
          { bonus_amount: 25, reason: "Goodwill for a late appointment" },
          admin
        )
        expect(adjusted.data.stored_value_account.bonus_balance).toBe(25)
        const below = await failure(
          api.post(
            `/admin/stored-value/accounts/${accountId}/adjustments`,
            { principal_amount: -60, reason: "x" },
            admin
          )
        )
        expect(below.status).toBe(400)
        expect(below.data.message).toBe(
          "The principal balance is 50.00 CNY; it cannot go down by 60.00 CNY"
        )
        const noReason = await failure(
          api.post(
            `/admin/stored-value/accounts/${accountId}/adjustments`,
            { principal_amount: 5 },
            admin
          )
        )
        expect(noReason.status).toBe(400)
      })

      it("cancels a membership card: principal refunded, bonus forfeited, account closed", async () => {
        const { data } = await topUp({ principal_amount: 800, bonus_amount: 160 })
        await spend(120)
        const accountId = data.operation.account_id
        const { data: closed } = await api.post(
          `/admin/stored-value/accounts/${accountId}/close`,
          { reason: "Member moving abroad", refund_method: "bank_transfer" },
          admin
        )
        expect(
          closed.operation.entries.map((e: any) => [e.type, e.principal_amount, e.bonus_amount])
        ).toEqual([
          ["closure", "-700", "0"],
          ["closure", "0", "-140"],
        ])
        expect(closed.stored_value_account).toEqual(
          expect.objectContaining({ status: "closed", closed_reason: "Member moving abroad" })
        )
        const after = await failure(spend(1))
        expect(after.data.message).toBe(`Stored value account ${accountId} is closed`)
        const noReason = await failure(
          api.post(`/admin/stored-value/accounts/${accountId}/close`, {}, admin)
        )
        expect(noReason.status).toBe(400)
      })
    })

    describe("expiry, reconciliation and the member's view", () => {
      it("expires what is left of a lapsed bonus once, even when the job runs twice at once", async () => {
        const { data } = await topUp({
          principal_amount: 100,
          bonus_amount: 40,
          bonus_validity_days: 30,
        })
        await spend(70) // proportional: 50 principal, 20 bonus
        await dbConnection.raw(
          `UPDATE stored_value_bonus_lot SET expires_at = now() - interval '1 minute'`
        )
        const container = getContainer()
        const runs = await Promise.all([
          expireStoredValueBonusJob(container),
          expireStoredValueBonusJob(container),
        ])
        expect(runs.reduce((sum, run) => sum + run.expired, 0)).toBe(1)
        await expireStoredValueBonusJob(container)
        const { data: ledger } = await api.get(
          `/admin/stored-value/entries?account_id=${data.operation.account_id}&type=expiry`,
          admin
        )
        expect(ledger.stored_value_entries).toEqual([
          expect.objectContaining({ bonus_amount: -20, bonus_balance_after: 0 }),
        ])
      })

      it("reconciles every account against its entries", async () => {
        await topUp({ principal_amount: 100, bonus_amount: 10 })
        await spend(33)
        const { data } = await api.get("/admin/stored-value/reconciliation", admin)
        expect(data.reconciliation).toEqual(
          expect.objectContaining({ balanced: true, accounts_checked: 1, mismatches: [] })
        )
      })

      it("exports the ledger as CSV for accounting", async () => {
        await topUp({ principal_amount: 100, bonus_amount: 10, note: 'Paid "cash", with change' })
        const { headers, data } = await api.get(
          `/admin/stored-value/entries/export?customer_id=${customer.id}`,
          admin
        )
        expect(headers["content-type"]).toMatch(/text\/csv/)
        const lines = (data as string).trim().split("\n")
        expect(lines[0]).toBe(
          "created_at,entry_id,operation_id,account_id,sequence,customer_id,currency_code,type,principal_amount,bonus_amount,principal_balance_after,bonus_balance_after,branch_id,staff_member_id,payment_method,reference_type,reference_id,reason,created_by,reverses_entry_id"
        )
        expect(lines).toHaveLength(3)
        expect(lines[1]).toContain(`,1,${customer.id},cny,top_up_principal,100,0,100,0,,,cash,`)
        expect(lines[1]).toContain('"Paid ""cash"", with change"')
      })

      it("shows members only their own balance and history", async () => {
        const key = await createPublishableKey(api, admin)
        const alice = await createStoreCustomer(api, key, "Alice")
        const bob = await createStoreCustomer(api, key, "Bob")
        await api.post(
          "/admin/stored-value/top-ups",
          {
            customer_id: alice.customer.id,
            currency_code: "cny",
            principal_amount: 300,
            bonus_amount: 60,
            bonus_validity_days: 90,
            payment_method: "card",
          },
          admin
        )
        const mine = await api.get("/store/customers/me/stored-value", { headers: alice.headers })
        expect(mine.data.stored_value_accounts).toEqual([
          expect.objectContaining({
            currency_code: "cny",
            principal_balance: "300",
            bonus_balance: "60",
            balance: "360",
            bonus_expiring: [expect.objectContaining({ amount: "60" })],
          }),
        ])
        const history = await api.get("/store/customers/me/stored-value/entries", {
          headers: alice.headers,
        })
        expect(history.data.stored_value_entries).toHaveLength(2)
        expect(history.data.stored_value_entries[0]).not.toHaveProperty("created_by")
        expect(history.data.stored_value_entries[0]).not.toHaveProperty("payment_method")

        expect(
          (await api.get("/store/customers/me/stored-value", { headers: bob.headers })).data
            .stored_value_accounts
        ).toEqual([])
        expect(
          (await api.get("/store/customers/me/stored-value/entries", { headers: bob.headers })).data
            .stored_value_entries
        ).toEqual([])
        const spoof = await api
          .get(`/store/customers/me/stored-value/entries?customer_id=${alice.customer.id}`, {
            headers: bob.headers,
          })
          .catch((e: any) => e.response)
        expect(spoof.status === 400 || spoof.data.stored_value_entries.length === 0).toBe(true)
        expect(
          (
            await failure(
              api.get("/store/customers/me/stored-value", {
                headers: { "x-publishable-api-key": key },
              })
            )
          ).status
        ).toBe(401)
      })
    })
  },
})
