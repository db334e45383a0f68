import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, explainErrors, settle } from "../../utils/admin"
import { createCustomer, failure } from "../../utils/booking"
import { createPercentOffCode, createRule, listEntries, netEarnings } from "../../utils/commissions"
import {
  type CounterSalon,
  checkedInVisit,
  createCounterSalon,
  plainErrors,
  stockAt,
} from "../../utils/counter"
import { createTemplate, newKey, sellPackage, waitFor } from "../../utils/service-packages"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }
/**
 * Counter sales end to end against a real server: one Medusa order per sale paid by split tenders,
 * the ledgers and stock it moves, idempotent submission, refusals that change nothing.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: client, getContainer, dbConnection }) => {
    const api = plainErrors(client)
    let admin: Headers
    let salon: CounterSalon
    let customer: { id: string }

    beforeEach(async () => {
      explainErrors(client)
      admin = await adminHeaders(api, getContainer())
      salon = await createCounterSalon(api, admin)
      customer = await createCustomer(api, admin)
    })

    const withKey = (key: string) => ({ headers: { ...admin.headers, "idempotency-key": key } })
    const submit = (body: Record<string, unknown>, key = newKey("sale")) =>
      api.post("/admin/counter-sales", { shift_id: salon.shift.id, ...body }, withKey(key))
    const topUp = (principal: number, bonus = 0) =>
      api.post(
        "/admin/stored-value/top-ups",
        {
          customer_id: customer.id,
          currency_code: "cny",
          principal_amount: principal,
          ...(bonus ? { bonus_amount: bonus } : {}),
          payment_method: "cash",
        },
        withKey(newKey("top-up"))
      )
    const balance = async () => {
      const { data } = await api.get(
        `/admin/stored-value/accounts?customer_id=${customer.id}`,
        admin
      )
      const account = data.stored_value_accounts[0]
      return { principal: Number(account.principal_balance), bonus: Number(account.bonus_balance) }
    }
    /** What the order records: its total, captured payments and transactions. */
    const orderOf = async (orderId: string) => {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,total,payment_status,fulfillment_status,metadata,*items,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.payment_session,summary`,
        admin
      )
      return data.order
    }
    const counts = async () => {
      const { rows } = await dbConnection.raw(
        `SELECT (SELECT count(*) FROM "order" WHERE deleted_at IS NULL)::int AS orders,
                (SELECT count(*) FROM payment WHERE deleted_at IS NULL AND captured_at IS NOT NULL AND canceled_at IS NULL)::int AS payments,
                (SELECT count(*) FROM counter_sale WHERE status = 'completed')::int AS sales,
                (SELECT count(*) FROM counter_tender)::int AS tenders,
                (SELECT count(*) FROM counter_cash_entry)::int AS cash_entries,
                (SELECT coalesce(sum(principal_amount + bonus_amount), 0)::text FROM stored_value_entry) AS stored_value,
                (SELECT count(*) FROM package_ledger_entry)::int AS package_entries,
                (SELECT count(*) FROM appointment WHERE order_id IS NOT NULL)::int AS paid_appointments`
      )
      return {
        ...rows[0],
        stock: await stockAt(api, admin, salon.serum.inventory_item_id, salon.location_id),
      }
    }

    it("charges a visit (2 services, one by a package session), a product and a tip to one order paid by stored value and cash", async () => {
      await createRule(api, admin, { kind: "service_performed", rate: 10 })
      await createRule(api, admin, { kind: "product_sold", rate: 5 })
      await createRule(api, admin, { kind: "package_session_redeemed", rate: 8 })
      const template = await createTemplate(api, admin, [
        { salon_service_id: salon.facial.id, sessions: 10 },
      ])
      const pkg = await sellPackage(api, admin, {
        customer_id: customer.id,
        template_id: template.id,
        branch_id: salon.branch.id,
        sold_by_staff_member_id: salon.anna.id,
      })
      await topUp(300)
      const visit = await checkedInVisit(api, admin, salon, customer.id, [
        { service: "facial", staff: "anna", is_designated: true },
        { service: "manicure", staff: "bella" },
      ])
      const [facial, manicure] = visit.items

      const { status, data } = await submit({
        customer_id: customer.id,
        lines: [
          { type: "service", appointment_item_id: facial.id, package_id: pkg.id },
          { type: "service", appointment_item_id: manicure.id },
          { type: "product", sku: salon.serum.sku, quantity: 1, staff_member_id: salon.bella.id },
          { type: "tip", amount: 20, staff_member_id: salon.bella.id },
        ],
        tenders: [
          { kind: "stored_value", amount: 200 },
          { kind: "cash", amount: 128, tendered: 150 },
        ],
      })
      expect(status).toBe(201)
      const sale = data.counter_sale
      // 188 manicure + 120 serum + 20 tip; the facial costs nothing: a session paid it.
      expect(sale).toMatchObject({
        status: "completed",
        total: 328,
        change_given: 22,
        paid_total: 328,
      })
      expect(
        sale.lines.map((line: any) => [
          line.line_type,
          line.title,
          line.net_amount,
          line.staff_member_name,
        ])
      ).toEqual([
        ["service", "Hydrating facial", 0, "Anna Li"],
        ["service", "Gel manicure", 188, "Bella Wu"],
        ["product", "Hydrating serum 30 ml", 120, "Bella Wu"],
        ["tip", "Tip", 20, "Bella Wu"],
      ])
      expect(sale.lines[0]).toMatchObject({ package_id: pkg.id, session_value: 100 })
      expect(
        sale.tenders.map((tender: any) => [tender.kind, tender.amount, tender.change])
      ).toEqual([
        ["stored_value", 200, null],
        ["cash", 128, 22],
      ])
      expect(sale.tenders[0]).toMatchObject({ principal_amount: 200, bonus_amount: 0 })

      // One Medusa order, paid in full by one captured payment per tender.
      const order = await orderOf(sale.order_id)
      expect(order.metadata).toMatchObject({ channel: "counter", counter_sale_id: sale.id })
      expect(Number(order.total)).toBe(328)
      expect(order.payment_status).toBe("captured")
      expect(order.fulfillment_status).toBe("fulfilled")
      const payments = order.payment_collections.flatMap((collection: any) => collection.payments)
      expect(payments.map((payment: any) => Number(payment.amount)).sort()).toEqual([128, 200])
      expect(
        payments.map((payment: any) => payment.payment_session.metadata.tender_kind).sort()
      ).toEqual(["cash", "stored_value"])
      expect(Number(order.summary.paid_total)).toBe(328)

      // Ledgers: stored value down 200, one session redeemed, the drawer up by the cash kept.
      expect(await balance()).toEqual({ principal: 100, bonus: 0 })
      const { data: packageData } = await api.get(`/admin/service-packages/${pkg.id}`, admin)
      expect(packageData.service_package.items[0]).toMatchObject({ remaining: 9 })
      const { data: shiftData } = await api.get(`/admin/counter-shifts/${salon.shift.id}`, admin)
      expect(shiftData.counter_shift.totals).toMatchObject({ sales: 128, expected_cash: 628 })
      // Stock left the branch's shelf.
      expect(await stockAt(api, admin, salon.serum.inventory_item_id, salon.location_id)).toEqual({
        stocked: 9,
        reserved: 0,
      })
      // The appointment is paid by the order and completed.
      const { data: appointmentData } = await api.get(`/admin/appointments/${visit.id}`, admin)
      expect(appointmentData.appointment).toMatchObject({
        status: "completed",
        order_id: sale.order_id,
      })

      // Commissions from what was paid: Bella 10% of 188 and 5% of 120; Anna 8% of the session's 100; no commission on the tip.
      const names = { [salon.anna.id]: "Anna", [salon.bella.id]: "Bella" }
      const earned = await waitFor(async () => {
        const rows = netEarnings(await listEntries(api, admin), names)
        return rows.length >= 3 ? rows : null
      }, "commissions of the sale")
      expect(earned).toEqual([
        { staff: "Anna", kind: "package_session_redeemed", base: 100, amount: 8 },
        { staff: "Bella", kind: "product_sold", base: 120, amount: 6 },
        { staff: "Bella", kind: "service_performed", base: 188, amount: 18.8 },
      ])
    })

    it("creates one order and moves each tender once when the same sale is submitted 20 times at once", async () => {
      await topUp(1000)
      const key = newKey("double-click")
      const body = {
        customer_id: customer.id,
        lines: [{ type: "product", variant_id: salon.serum.variant_id, quantity: 2 }],
        tenders: [
          { kind: "stored_value", amount: 100 },
          { kind: "cash", amount: 140 },
        ],
      }
      const before = await counts()
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => settle(submit(body, key)))
      )
      const statuses = responses.map((response) => response.status)
      expect(statuses.filter((status) => status === 201)).toHaveLength(1)
      expect(statuses.filter((status) => status === 200)).toHaveLength(19)
      expect(new Set(responses.map((response) => response.data.counter_sale.order_id)).size).toBe(1)
      const after = await counts()
      expect(after.orders - before.orders).toBe(1)
      expect(after.payments - before.payments).toBe(2)
      expect(after.tenders - before.tenders).toBe(2)
      expect(after.cash_entries - before.cash_entries).toBe(1)
      expect(Number(after.stored_value) - Number(before.stored_value)).toBe(-100)
      expect(after.stock).toEqual({ stocked: 8, reserved: 0 })
      expect(await balance()).toEqual({ principal: 900, bonus: 0 })
      // The same key with another sale is refused.
      const reused = await failure(
        submit({ ...body, tenders: [{ kind: "cash", amount: 240 }] }, key)
      )
      expect(reused.status).toBe(422)
    })

    it("sells the last unit to one of two registers selling it at once", async () => {
      // One serum left on the shelf; a second register at the branch.
      await api.post(
        `/admin/inventory-items/${salon.serum.inventory_item_id}/location-levels/${salon.location_id}`,
        { stocked_quantity: 1 },
        admin
      )
      const lastUnit = salon
      const { data: second } = await api.post(
        "/admin/counter-registers",
        { branch_id: salon.branch.id, name: "Second desk", code: "T2", currency_code: "cny" },
        admin
      )
      const { data: secondShift } = await api.post(
        `/admin/counter-registers/${second.counter_register.id}/shifts`,
        { opening_float: 0 },
        withKey(newKey("open"))
      )
      const sell = (shiftId: string) =>
        settle(
          api.post(
            "/admin/counter-sales",
            {
              shift_id: shiftId,
              lines: [{ type: "product", sku: lastUnit.serum.sku, quantity: 1 }],
              tenders: [{ kind: "card", amount: 120, reference: "slip" }],
            },
            withKey(newKey("last-unit"))
          )
        )
      const results = await Promise.all([
        sell(lastUnit.shift.id),
        sell(secondShift.counter_shift.id),
      ])
      expect(results.map((result) => result.status).sort((a, b) => a - b)).toEqual([201, 400])
      const refused = results.find((result) => result.status !== 201)!
      expect(refused.data.message).toMatch(/Not enough stock/i)
      expect(
        await stockAt(api, admin, lastUnit.serum.inventory_item_id, lastUnit.location_id)
      ).toEqual({ stocked: 0, reserved: 0 })
      const { rows } = await dbConnection.raw(
        `SELECT count(*)::int AS orders FROM "order" WHERE metadata->>'branch_id' = ? AND deleted_at IS NULL`,
        [lastUnit.branch.id]
      )
      expect(rows[0].orders).toBe(1)
    })

    it("refuses tenders that do not add up, a closed shift, an unknown client, a package not the client's or expired, and too little stored value, changing nothing", async () => {
      await topUp(50)
      const visit = await checkedInVisit(api, admin, salon, customer.id, [
        { service: "manicure", staff: "bella" },
      ])
      const manicure = { type: "service", appointment_item_id: visit.items[0].id }
      const before = await counts()

      const short = await failure(
        submit({
          customer_id: customer.id,
          lines: [manicure],
          tenders: [{ kind: "cash", amount: 150 }],
        })
      )
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(
        /tenders add up to 150.00 CNY but the sale comes to 188.00 CNY: 38.00 CNY still to pay/
      )

      const unknownClient = await failure(
        submit({
          customer_id: "cus_01UNKNOWN",
          lines: [{ type: "product", sku: salon.serum.sku, quantity: 1 }],
          tenders: [{ kind: "cash", amount: 120 }],
        })
      )
      expect(unknownClient.status).toBe(404)

      const noPackage = await failure(
        submit({
          customer_id: customer.id,
          lines: [{ ...manicure, package_id: "cpkg_01NOTHERS" }],
          tenders: [],
        })
      )
      expect(noPackage.status).toBe(400)
      expect(noPackage.data.message).toMatch(/cannot pay for Gel manicure/)

      expect(await counts()).toEqual(before)

      // A package of the client's that covers the service but has expired.
      const template = await createTemplate(api, admin, [
        { salon_service_id: salon.manicure.id, sessions: 5 },
      ])
      const expired = await sellPackage(api, admin, {
        customer_id: customer.id,
        template_id: template.id,
        branch_id: salon.branch.id,
        sold_by_staff_member_id: salon.anna.id,
      })
      await dbConnection.raw(
        `UPDATE customer_package SET expires_at = now() - interval '1 day' WHERE id = ?`,
        [expired.id]
      )
      const before2 = await counts()
      const expiredPackage = await failure(
        submit({
          customer_id: customer.id,
          lines: [{ ...manicure, package_id: expired.id }],
          tenders: [],
        })
      )
      expect(expiredPackage.status).toBe(400)
      expect(expiredPackage.data.message).toMatch(/cannot pay for Gel manicure: it .*has expired/)
      expect(await counts()).toEqual(before2)

      const overdraft = await failure(
        submit({
          customer_id: customer.id,
          lines: [manicure],
          tenders: [{ kind: "stored_value", amount: 188 }],
        })
      )
      expect(overdraft.status).toBe(400)
      expect(overdraft.data.message).toMatch(/stored value/i)

      const badTender = await failure(
        submit({
          customer_id: customer.id,
          lines: [manicure],
          tenders: [{ kind: "cheque", amount: 188 }],
        })
      )
      expect(badTender.status).toBe(400)
      expect(badTender.data.message).toMatch(/kind/)

      await api.post(`/admin/counter-shifts/${salon.shift.id}/close`, { counted_cash: 500 }, admin)
      const closed = await failure(
        submit({
          customer_id: customer.id,
          lines: [manicure],
          tenders: [{ kind: "cash", amount: 188 }],
        })
      )
      expect(closed.status).toBe(409)
      expect(closed.data.message).toMatch(/closed/)

      const after = await counts()
      expect(after).toEqual(before2)
      expect(await balance()).toEqual({ principal: 50, bonus: 0 })
    })

    it("refunds one line: exactly its share of each tender, its commission and its stock come back", async () => {
      await createRule(api, admin, { kind: "service_performed", rate: 10 })
      await createRule(api, admin, { kind: "product_sold", rate: 5 })
      await topUp(300, 100)
      const visit = await checkedInVisit(api, admin, salon, customer.id, [
        { service: "manicure", staff: "bella" },
      ])
      const { data } = await submit({
        customer_id: customer.id,
        lines: [
          { type: "service", appointment_item_id: visit.items[0].id },
          { type: "product", sku: salon.serum.sku, quantity: 2, staff_member_id: salon.anna.id },
        ],
        tenders: [
          { kind: "stored_value", amount: 100 },
          { kind: "cash", amount: 328 },
        ],
      })
      const sale = data.counter_sale
      expect(sale.total).toBe(428)
      const spent = sale.tenders[0]
      const before = await balance()
      const names = { [salon.anna.id]: "Anna", [salon.bella.id]: "Bella" }
      await waitFor(async () => {
        const rows = netEarnings(await listEntries(api, admin), names)
        return rows.length >= 2 ? rows : null
      }, "commissions of the sale")

      // One of the two serums comes back: 120, split over the tenders as they paid (100 : 328).
      const serumLine = sale.lines.find((line: any) => line.line_type === "product")
      const { status, data: refunded } = await api.post(
        `/admin/counter-sales/${sale.id}/refunds`,
        {
          lines: [{ line_id: serumLine.id, quantity: 1 }],
          reason: "Allergic reaction, unopened",
          staff_member_id: salon.anna.id,
          shift_id: salon.shift.id,
        },
        withKey(newKey("refund"))
      )
      expect(status).toBe(201)
      const after = refunded.counter_sale
      const refundTenders = after.tenders.filter((tender: any) => tender.refund_id)
      expect(refundTenders.map((tender: any) => [tender.kind, tender.amount])).toEqual([
        ["stored_value", -28.04],
        ["cash", -91.96],
      ])
      expect(after).toMatchObject({ paid_total: 308, refunded_total: 120 })
      expect(after.lines.find((line: any) => line.reverses_line_id === serumLine.id)).toMatchObject(
        {
          quantity: -1,
          net_amount: -120,
        }
      )
      expect(after.lines.find((line: any) => line.id === serumLine.id).refundable_quantity).toBe(1)
      // Stored value back in the spend's own principal/bonus ratio.
      const back = await balance()
      const ratio = spent.bonus_amount / spent.amount
      expect(Math.round((back.bonus - before.bonus) * 100) / 100).toBe(
        Math.round(28.04 * ratio * 100) / 100
      )
      expect(
        Math.round((back.principal + back.bonus - before.principal - before.bonus) * 100) / 100
      ).toBe(28.04)
      // The drawer paid the cash back; the serum is back on the shelf; Medusa recorded the refunds.
      const { data: shiftData } = await api.get(`/admin/counter-shifts/${salon.shift.id}`, admin)
      expect(shiftData.counter_shift.totals).toMatchObject({ sales: 328, refunds: -91.96 })
      expect(await stockAt(api, admin, salon.serum.inventory_item_id, salon.location_id)).toEqual({
        stocked: 9,
        reserved: 0,
      })
      const order = await orderOf(sale.order_id)
      expect(Number(order.summary.paid_total) - Number(order.summary.refunded_total)).toBe(308)
      // Anna keeps the commission of one serum; Bella's service commission is untouched.
      const bonusShare = spent.bonus_amount / 428
      const earned = await waitFor(async () => {
        const rows = netEarnings(await listEntries(api, admin), names)
        const anna = rows.find((row) => row.staff === "Anna")
        return anna && anna.base < 200 ? rows : null
      }, "commission taken back")
      expect(earned).toEqual([
        {
          staff: "Anna",
          kind: "product_sold",
          base: Math.round(120 * (1 - bonusShare) * 100) / 100,
          amount: Math.round(6 * (1 - bonusShare) * 100) / 100,
        },
        {
          staff: "Bella",
          kind: "service_performed",
          base: Math.round(188 * (1 - bonusShare) * 100) / 100,
          amount: Math.round(18.8 * (1 - bonusShare) * 100) / 100,
        },
      ])

      // A line listed twice, a drawer of another branch, more than is left: refused.
      const twice = await failure(
        api.post(
          `/admin/counter-sales/${sale.id}/refunds`,
          {
            lines: [{ line_id: serumLine.id }, { line_id: serumLine.id }],
            reason: "twice",
            staff_member_id: salon.anna.id,
            shift_id: salon.shift.id,
          },
          withKey(newKey("refund"))
        )
      )
      expect(twice.status).toBe(400)
      // Refunding more than is left is refused; a void gives back everything else.
      const tooMuch = await failure(
        api.post(
          `/admin/counter-sales/${sale.id}/refunds`,
          {
            lines: [{ line_id: serumLine.id, quantity: 2 }],
            reason: "again",
            staff_member_id: salon.anna.id,
            shift_id: salon.shift.id,
          },
          withKey(newKey("refund"))
        )
      )
      expect(tooMuch.status).toBe(409)
      const { data: voided } = await api.post(
        `/admin/counter-sales/${sale.id}/void`,
        {
          reason: "Rang up on the wrong client",
          staff_member_id: salon.anna.id,
          shift_id: salon.shift.id,
        },
        withKey(newKey("void"))
      )
      expect(voided.counter_sale).toMatchObject({ paid_total: 0, refunded_total: 428 })
      expect(await balance()).toEqual({ principal: 300 - 0, bonus: 100 })
    })

    it("reports a closed shift's takings as the sum of its sales' payments", async () => {
      await topUp(500)
      const cashSale = await submit({
        lines: [{ type: "product", sku: salon.serum.sku, quantity: 1 }],
        tenders: [{ kind: "cash", amount: 120, tendered: 200 }],
      })
      const mixed = await submit({
        customer_id: customer.id,
        lines: [
          { type: "product", sku: salon.serum.sku, quantity: 2 },
          { type: "tip", amount: 30, staff_member_id: salon.bella.id },
        ],
        tenders: [
          { kind: "wechat_pay", amount: 150, reference: "wx-1" },
          { kind: "stored_value", amount: 120 },
        ],
      })
      await api.post(`/admin/counter-shifts/${salon.shift.id}/close`, { counted_cash: 620 }, admin)
      const { data } = await api.get(`/admin/counter-reports/shifts/${salon.shift.id}`, admin)
      const payments = async (orderId: string) => {
        const order = await orderOf(orderId)
        return order.payment_collections
          .flatMap((collection: any) => collection.payments)
          .reduce((sum: number, payment: any) => sum + Number(payment.amount), 0)
      }
      const recorded =
        (await payments(cashSale.data.counter_sale.order_id)) +
        (await payments(mixed.data.counter_sale.order_id))
      expect(recorded).toBe(390)
      const report = data.settlement_report
      expect(report.sales).toMatchObject({ count: 2, total: 390, change_given: 80 })
      expect(report.takings).toEqual({ sales: 390, refunds: 0, net: 390 })
      expect(
        Object.fromEntries(
          report.tenders
            .filter((tender: any) => tender.sales)
            .map((tender: any) => [tender.kind, tender.sales])
        )
      ).toEqual({ cash: 120, wechat_pay: 150, stored_value: 120 })
      expect(report.check.difference).toBe(0)
      const { data: shiftData } = await api.get(`/admin/counter-shifts/${salon.shift.id}`, admin)
      expect(shiftData.counter_shift).toMatchObject({ expected_cash: 620, cash_difference: 0 })
    })

    it("sells a package and a stored value top-up with a promotion code and a manual discount, and issues them once", async () => {
      const template = await createTemplate(api, admin, [
        { salon_service_id: salon.facial.id, sessions: 10 },
      ])
      const { data: planData } = await api.post(
        "/admin/recharge-plans",
        {
          name: "Pay 500 get 550",
          currency_code: "cny",
          pay_amount: 500,
          bonus_type: "percent",
          bonus_value: 10,
          bonus_validity_days: 180,
          sales_channel_ids: [salon.sales_channel_id],
        },
        admin
      )
      const code = `VIP10-${Date.now()}`
      await createPercentOffCode(api, admin, code, 10)
      const body = {
        customer_id: customer.id,
        lines: [
          { type: "package", variant_id: template.variant_id, staff_member_id: salon.anna.id },
          { type: "top_up", variant_id: planData.recharge_plan.variant_id },
          { type: "product", sku: salon.serum.sku, quantity: 1 },
        ],
        promo_codes: [code],
        manual_discount: { amount: 20, reason: "Loyal client" },
      }
      // Rung up without tenders, the sale names its total (promotion and manual discount applied).
      const quote = await failure(submit({ ...body, tenders: [] }))
      expect(quote.status).toBe(400)
      const total = Number(
        /the sale comes to ([\d,.]+) CNY/.exec(quote.data.message)![1].replace(/,/g, "")
      )
      expect(total).toBeLessThan(1620 - 20)
      expect(total).toBeGreaterThan(1620 * 0.9 - 20 - 1)

      const { data } = await submit({
        ...body,
        tenders: [{ kind: "alipay", amount: total, reference: "ali-1" }],
      })
      const sale = data.counter_sale
      expect(sale).toMatchObject({
        total,
        manual_discount_total: 20,
        manual_discount_reason: "Loyal client",
      })
      expect(sale.discount_total).toBeCloseTo(1620 - total, 2)
      const order = await orderOf(sale.order_id)
      expect(Number(order.total)).toBe(total)
      expect(order.payment_status).toBe("captured")

      // The package and the top-up are issued once, from the order's lines.
      const packages = await waitFor(async () => {
        const { data: list } = await api.get(
          `/admin/service-packages?customer_id=${customer.id}`,
          admin
        )
        return list.service_packages.length ? list.service_packages : null
      }, "the package sold")
      expect(packages).toHaveLength(1)
      expect(packages[0]).toMatchObject({ source: "counter", order_id: sale.order_id })
      const topUpLine = sale.lines.find((line: any) => line.line_type === "top_up")
      const credited = await waitFor(async () => {
        const { data: accounts } = await api.get(
          `/admin/stored-value/accounts?customer_id=${customer.id}`,
          admin
        )
        return accounts.stored_value_accounts[0] ?? null
      }, "the top-up credited")
      expect(Number(credited.principal_balance)).toBeCloseTo(topUpLine.net_amount, 2)
      expect(Number(credited.bonus_balance)).toBe(50)
      // Refunding a package line at the counter is refused: it is refunded from its own page.
      const packageLine = sale.lines.find((line: any) => line.line_type === "package")
      const refused = await failure(
        api.post(
          `/admin/counter-sales/${sale.id}/refunds`,
          {
            lines: [{ line_id: packageLine.id }],
            reason: "Changed mind",
            staff_member_id: salon.anna.id,
          },
          withKey(newKey("refund"))
        )
      )
      expect(refused.status).toBe(409)
    })

    it("needs an admin session", async () => {
      const anonymous = await failure(
        api.post("/admin/counter-sales", { shift_id: salon.shift.id, lines: [], tenders: [] })
      )
      expect(anonymous.status).toBe(401)
      const missing = await failure(api.get("/admin/counter-sales/csal_01UNKNOWN", admin))
      expect(missing.status).toBe(404)
    })
  },
})
