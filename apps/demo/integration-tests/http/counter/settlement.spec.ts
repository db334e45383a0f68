import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type CounterModuleService from "medusa-plugin-salon-erp/src/modules/counter/service"
import { adminHeaders, explainErrors } from "../../utils/admin"
import { createBranch, createStaff, failure } from "../../utils/booking"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string>; user_id: string }

const DAY = "2026-12-01"
const NEXT_DAY = "2026-12-02"
const LAST_MONTH = "2026-11-30"

type Line = {
  line_type: "service" | "product" | "package" | "top_up" | "tip"
  quantity?: number
  unit_price?: number
  discount_amount?: number
  net_amount: number
  staff_member_id?: string | null
  package_id?: string
  session_value?: number
}
type Tender = {
  kind: "cash" | "card" | "wechat_pay" | "alipay" | "bank_transfer" | "stored_value"
  amount: number
  tendered?: number
  change?: number
  principal_amount?: number
  bonus_amount?: number
}

let keyCounter = 0

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let branchA: { id: string; name: string }
    let branchB: { id: string; name: string }
    let anna: { id: string; name: string }
    let bella: { id: string; name: string }
    let shiftId: string

    const counter = () => getContainer().resolve<CounterModuleService>("counter")

    /** A completed sale written straight into the ledgers, as the sale workflow would. */
    const recordSale = async (sale: {
      branch_id: string
      business_date: string
      shift_id?: string | null
      channel?: "counter" | "online"
      customer_id?: string | null
      total: number
      discount_total?: number
      manual_discount_total?: number
      change_given?: number
      status?: "completed" | "submitting"
      lines: Line[]
      tenders: Tender[]
    }) => {
      const key = `settlement-sale-${++keyCounter}`
      const where = {
        branch_id: sale.branch_id,
        shift_id: sale.shift_id ?? null,
        business_date: sale.business_date,
        currency_code: "cny",
      }
      const [created] = await counter().createCounterSales([
        {
          ...where,
          idempotency_key: key,
          fingerprint: key,
          status: sale.status ?? "completed",
          channel: sale.channel ?? "counter",
          register_id: null,
          customer_id: sale.customer_id ?? null,
          total: sale.total,
          discount_total: sale.discount_total ?? 0,
          manual_discount_total: sale.manual_discount_total ?? 0,
          change_given: sale.change_given ?? 0,
          created_by: admin.user_id,
          completed_at: sale.status === "submitting" ? null : new Date(),
        },
      ] as never[])
      const sale_id = (created as unknown as { id: string }).id
      if (sale.lines.length) {
        await counter().createCounterSaleLines(
          sale.lines.map((line) => ({
            ...where,
            sale_id,
            title: line.line_type,
            quantity: line.quantity ?? 1,
            unit_price: line.unit_price ?? line.net_amount,
            discount_amount: line.discount_amount ?? 0,
            ...line,
          })) as never[]
        )
      }
      if (sale.tenders.length) {
        await counter().createCounterTenders(
          sale.tenders.map((tender) => ({ ...where, sale_id, ...tender })) as never[]
        )
      }
      return sale_id
    }

    /** A completed refund of a sale: negative lines and tenders carrying the refund's id. */
    const recordRefund = async (refund: {
      sale_id: string
      branch_id: string
      business_date: string
      shift_id: string | null
      amount: number
      kind?: "refund" | "void"
      lines: Line[]
      tenders: Tender[]
    }) => {
      const key = `settlement-refund-${++keyCounter}`
      const where = {
        branch_id: refund.branch_id,
        shift_id: refund.shift_id,
        business_date: refund.business_date,
        currency_code: "cny",
      }
      const [created] = await counter().createCounterRefunds([
        {
          sale_id: refund.sale_id,
          idempotency_key: key,
          fingerprint: key,
          kind: refund.kind ?? "refund",
          status: "completed",
          reason: "Client changed her mind",
          created_by: admin.user_id,
          shift_id: refund.shift_id,
          branch_id: refund.branch_id,
          business_date: refund.business_date,
          amount: refund.amount,
          completed_at: new Date(),
        },
      ] as never[])
      const refund_id = (created as unknown as { id: string }).id
      const base = { ...where, sale_id: refund.sale_id, refund_id }
      await counter().createCounterSaleLines(
        refund.lines.map((line) => ({
          ...base,
          title: line.line_type,
          quantity: line.quantity ?? -1,
          unit_price: line.unit_price ?? 0,
          discount_amount: line.discount_amount ?? 0,
          ...line,
        })) as never[]
      )
      await counter().createCounterTenders(
        refund.tenders.map((tender) => ({ ...base, ...tender })) as never[]
      )
    }

    beforeEach(async () => {
      explainErrors(api)
      admin = (await adminHeaders(api, getContainer())) as Headers
      branchA = await createBranch(api, admin, { name: "Jing'an" })
      branchB = await createBranch(api, admin, { name: "West Lake" })
      anna = await createStaff(api, admin, branchA.id, [], "Anna Li")
      bella = await createStaff(api, admin, branchA.id, [], "Bella Wu")
      const { data: registerData } = await api.post(
        "/admin/counter-registers",
        { branch_id: branchA.id, name: "Front desk", code: "T1", currency_code: "cny" },
        admin
      )
      const { data: shiftData } = await api.post(
        `/admin/counter-registers/${registerData.counter_register.id}/shifts`,
        { opening_float: 100 },
        { headers: { ...admin.headers, "idempotency-key": `settlement-open-${++keyCounter}` } }
      )
      shiftId = shiftData.counter_shift.id

      // Shift at branch A on DAY: three sales and a refund.
      const sale1 = await recordSale({
        branch_id: branchA.id,
        business_date: DAY,
        shift_id: shiftId,
        customer_id: "cus_settlement1",
        total: 300,
        discount_total: 30,
        manual_discount_total: 10,
        change_given: 20,
        lines: [
          {
            line_type: "service",
            unit_price: 200,
            discount_amount: 20,
            net_amount: 180,
            staff_member_id: anna.id,
          },
          {
            line_type: "product",
            quantity: 2,
            unit_price: 50,
            discount_amount: 10,
            net_amount: 90,
            staff_member_id: bella.id,
          },
          { line_type: "tip", net_amount: 30, staff_member_id: anna.id },
        ],
        tenders: [
          { kind: "cash", amount: 100, tendered: 120, change: 20 },
          { kind: "card", amount: 200 },
        ],
      })
      await recordSale({
        branch_id: branchA.id,
        business_date: DAY,
        shift_id: shiftId,
        customer_id: "cus_settlement2",
        total: 500,
        lines: [{ line_type: "top_up", net_amount: 500, staff_member_id: bella.id }],
        tenders: [{ kind: "wechat_pay", amount: 500 }],
      })
      await recordSale({
        branch_id: branchA.id,
        business_date: DAY,
        shift_id: shiftId,
        customer_id: "cus_settlement1",
        total: 150,
        lines: [
          {
            line_type: "service",
            unit_price: 0,
            net_amount: 0,
            staff_member_id: anna.id,
            package_id: "svpk_settlement1",
            session_value: 120,
          },
          { line_type: "package", net_amount: 150, staff_member_id: bella.id },
        ],
        tenders: [{ kind: "stored_value", amount: 150, principal_amount: 100, bonus_amount: 50 }],
      })
      await recordRefund({
        sale_id: sale1,
        branch_id: branchA.id,
        business_date: DAY,
        shift_id: shiftId,
        amount: 45,
        lines: [
          {
            line_type: "product",
            quantity: -1,
            unit_price: 50,
            discount_amount: -5,
            net_amount: -45,
            staff_member_id: bella.id,
          },
        ],
        tenders: [{ kind: "cash", amount: -45 }],
      })
      // Branch A, DAY, online (no shift).
      await recordSale({
        branch_id: branchA.id,
        business_date: DAY,
        channel: "online",
        total: 80,
        lines: [{ line_type: "product", net_amount: 80, staff_member_id: bella.id }],
        tenders: [{ kind: "alipay", amount: 80 }],
      })
      // Branch B, DAY, nobody named on the line.
      await recordSale({
        branch_id: branchB.id,
        business_date: DAY,
        total: 60,
        lines: [{ line_type: "service", net_amount: 60 }],
        tenders: [{ kind: "card", amount: 60 }],
      })
      // Branch A, the next day; and the month before (left out of December).
      await recordSale({
        branch_id: branchA.id,
        business_date: NEXT_DAY,
        total: 40,
        lines: [{ line_type: "product", net_amount: 40, staff_member_id: anna.id }],
        tenders: [{ kind: "cash", amount: 40 }],
      })
      await recordSale({
        branch_id: branchA.id,
        business_date: LAST_MONTH,
        total: 999,
        lines: [{ line_type: "product", net_amount: 999 }],
        tenders: [{ kind: "cash", amount: 999 }],
      })
      // A sale still being submitted: no lines or tenders yet, not counted.
      await recordSale({
        branch_id: branchA.id,
        business_date: DAY,
        shift_id: shiftId,
        status: "submitting",
        total: 75,
        lines: [],
        tenders: [],
      })
    })

    const tender = (report: any, kind: string) =>
      report.tenders.find((t: { kind: string }) => t.kind === kind)
    const lineType = (report: any, type: string) =>
      report.line_types.find((l: { line_type: string }) => l.line_type === type)

    describe("GET /admin/counter-reports/shifts/:id (Z report)", () => {
      it("adds up the shift's sales, tenders, lines, staff, refunds and drawer", async () => {
        const { data } = await api.get(`/admin/counter-reports/shifts/${shiftId}`, admin)
        const report = data.settlement_report
        expect(data.counter_shift).toEqual(
          expect.objectContaining({
            id: shiftId,
            status: "open",
            register_name: "Front desk (T1)",
            branch_name: "Jing'an",
            totals: expect.objectContaining({ opening_float: 100, expected_cash: 100 }),
          })
        )
        expect(report).toEqual(
          expect.objectContaining({
            kind: "shift",
            from_date: DAY,
            to_date: DAY,
            branch_id: branchA.id,
            branch_name: "Jing'an",
            currency_code: "cny",
            sales: { count: 3, total: 950, customers: 2, change_given: 20 },
            takings: { sales: 950, refunds: 45, net: 905 },
            discounts: { total: 30, promotions: 20, manual: 10, sales_with_manual: 1 },
            refunds: { count: 1, voids: 0, amount: 45, tendered: 45 },
            stored_value: {
              sold_quantity: 1,
              sold_amount: 500,
              spent_amount: 150,
              spent_principal: 100,
              spent_bonus: 50,
            },
            package_sessions: {
              sold_quantity: 1,
              sold_amount: 150,
              redeemed_count: 1,
              redeemed_value: 120,
            },
            check: { sales_total: 950, sale_tenders: 950, difference: 0 },
          })
        )
        expect(report.tenders.map((t: { kind: string }) => t.kind)).toEqual([
          "cash",
          "card",
          "wechat_pay",
          "alipay",
          "bank_transfer",
          "stored_value",
        ])
        expect(tender(report, "cash")).toEqual({
          kind: "cash",
          sales: 100,
          refunds: 45,
          net: 55,
          payments: 1,
          refund_payments: 1,
        })
        expect(tender(report, "card")).toEqual(expect.objectContaining({ sales: 200, net: 200 }))
        expect(tender(report, "alipay")).toEqual(expect.objectContaining({ sales: 0, net: 0 }))
        expect(lineType(report, "service")).toEqual({
          line_type: "service",
          sold_quantity: 2,
          sold_amount: 180,
          refunded_quantity: 0,
          refunded_amount: 0,
          net_quantity: 2,
          net_amount: 180,
          discount: 20,
        })
        expect(lineType(report, "product")).toEqual({
          line_type: "product",
          sold_quantity: 2,
          sold_amount: 90,
          refunded_quantity: 1,
          refunded_amount: 45,
          net_quantity: 1,
          net_amount: 45,
          discount: 5,
        })
        expect(lineType(report, "tip")).toEqual(
          expect.objectContaining({ sold_quantity: 1, net_amount: 30 })
        )
        expect(report.staff).toEqual([
          {
            staff_member_id: bella.id,
            staff_name: "Bella Wu",
            services_count: 0,
            services_amount: 0,
            sessions_redeemed: 0,
            session_value: 0,
            retail_quantity: 1,
            retail_amount: 45,
            prepaid_amount: 650,
            tips_amount: 0,
            total_amount: 695,
          },
          {
            staff_member_id: anna.id,
            staff_name: "Anna Li",
            services_count: 2,
            services_amount: 180,
            sessions_redeemed: 1,
            session_value: 120,
            retail_quantity: 0,
            retail_amount: 0,
            prepaid_amount: 0,
            tips_amount: 30,
            total_amount: 210,
          },
        ])
        expect(report.channels).toEqual([
          {
            channel: "counter",
            sales_count: 3,
            sales_total: 950,
            takings: { sales: 950, refunds: 45, net: 905 },
          },
          {
            channel: "online",
            sales_count: 0,
            sales_total: 0,
            takings: { sales: 0, refunds: 0, net: 0 },
          },
        ])
        expect(report.days).toEqual([
          { business_date: DAY, sales_count: 3, takings: { sales: 950, refunds: 45, net: 905 } },
        ])
        expect(report.branches).toEqual([
          {
            branch_id: branchA.id,
            branch_name: "Jing'an",
            sales_count: 3,
            sales_total: 950,
            takings: { sales: 950, refunds: 45, net: 905 },
          },
        ])
      })

      it("answers a CSV file, one row per figure", async () => {
        const response = await api.get(`/admin/counter-reports/shifts/${shiftId}?format=csv`, admin)
        expect(response.headers["content-type"]).toContain("text/csv")
        expect(response.headers["content-disposition"]).toBe(
          `attachment; filename="z-report-${shiftId}.csv"`
        )
        const csv = response.data as string
        const lines = csv
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\n")
        expect(lines[0]).toBe("section,key,label,quantity,amount")
        expect(lines).toEqual(
          expect.arrayContaining([
            "sales,count,Sales completed (quantity) and their totals,3,950.00",
            "tenders,cash.sales,Cash: taken,1,100.00",
            "tenders,cash.refunds,Cash: refunded,1,-45.00",
            "tenders,cash.net,Cash: net,,55.00",
            "takings,net,All tenders: net takings,,905.00",
            "line_types,product.refunded,Retail: refunded,-1,-45.00",
            `staff,${anna.id}.sessions,Anna Li: package sessions redeemed (value),1,120.00`,
            "stored_value,spent_principal,Stored value spent: principal,,100.00",
            "drawer,opening_float,Opening float,,100.00",
            "check,difference,Difference (expected 0),,0.00",
          ])
        )
      })

      it("404s for an unknown shift", async () => {
        const response = await failure(
          api.get("/admin/counter-reports/shifts/cshf_01UNKNOWN", admin)
        )
        expect(response.status).toBe(404)
        expect(response.data.message).toContain("cshf_01UNKNOWN")
      })
    })

    describe("GET /admin/counter-reports/daily", () => {
      it("reports a branch's day, both channels", async () => {
        const { data } = await api.get(
          `/admin/counter-reports/daily?branch_id=${branchA.id}&date=${DAY}`,
          admin
        )
        const report = data.settlement_report
        expect(report).toEqual(
          expect.objectContaining({
            kind: "day",
            from_date: DAY,
            to_date: DAY,
            branch_id: branchA.id,
            branch_name: "Jing'an",
            sales: { count: 4, total: 1030, customers: 2, change_given: 20 },
            takings: { sales: 1030, refunds: 45, net: 985 },
            check: { sales_total: 1030, sale_tenders: 1030, difference: 0 },
          })
        )
        expect(tender(report, "alipay")).toEqual(expect.objectContaining({ sales: 80, net: 80 }))
        expect(report.channels).toEqual([
          expect.objectContaining({ channel: "counter", sales_count: 3, sales_total: 950 }),
          {
            channel: "online",
            sales_count: 1,
            sales_total: 80,
            takings: { sales: 80, refunds: 0, net: 80 },
          },
        ])
        expect(report.staff[0]).toEqual(
          expect.objectContaining({
            staff_name: "Bella Wu",
            retail_quantity: 2,
            retail_amount: 125,
            total_amount: 775,
          })
        )
        expect(report.days).toEqual([
          { business_date: DAY, sales_count: 4, takings: { sales: 1030, refunds: 45, net: 985 } },
        ])
      })

      it("reports the chain's day per branch without branch_id", async () => {
        const { data } = await api.get(`/admin/counter-reports/daily?date=${DAY}`, admin)
        const report = data.settlement_report
        expect(report).toEqual(
          expect.objectContaining({
            branch_id: null,
            branch_name: null,
            sales: { count: 5, total: 1090, customers: 2, change_given: 20 },
            takings: { sales: 1090, refunds: 45, net: 1045 },
          })
        )
        expect(tender(report, "card")).toEqual(expect.objectContaining({ sales: 260 }))
        const byBranch = Object.fromEntries(
          report.branches.map((b: { branch_name: string; sales_count: number; takings: any }) => [
            b.branch_name,
            [b.sales_count, b.takings.net],
          ])
        )
        expect(byBranch).toEqual({ "Jing'an": [4, 985], "West Lake": [1, 60] })
        expect(report.staff).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              staff_member_id: null,
              staff_name: "Unassigned",
              services_count: 1,
              services_amount: 60,
            }),
          ])
        )
      })

      it("answers CSV with a dated file name", async () => {
        const response = await api.get(`/admin/counter-reports/daily?date=${DAY}&format=csv`, admin)
        expect(response.headers["content-disposition"]).toBe(
          `attachment; filename="settlement-day-${DAY}-chain.csv"`
        )
        expect(response.data as string).toContain("takings,net,All tenders: net takings,,1045.00")
        expect(response.data as string).toContain("West Lake: sales and net takings,1,60.00")
      })

      it("is empty, with zeros, on a day without sales", async () => {
        const { data } = await api.get(
          `/admin/counter-reports/daily?branch_id=${branchB.id}&date=${NEXT_DAY}`,
          admin
        )
        const report = data.settlement_report
        expect(report.sales).toEqual({ count: 0, total: 0, customers: 0, change_given: 0 })
        expect(report.takings).toEqual({ sales: 0, refunds: 0, net: 0 })
        expect(report.currency_code).toBeNull()
        expect(report.days).toEqual([
          { business_date: NEXT_DAY, sales_count: 0, takings: { sales: 0, refunds: 0, net: 0 } },
        ])
      })
    })

    describe("GET /admin/counter-reports/monthly", () => {
      it("reports a branch's month with every day for the chart", async () => {
        const { data } = await api.get(
          `/admin/counter-reports/monthly?branch_id=${branchA.id}&month=2026-12`,
          admin
        )
        const report = data.settlement_report
        expect(report).toEqual(
          expect.objectContaining({
            kind: "month",
            month: "2026-12",
            from_date: "2026-12-01",
            to_date: "2026-12-31",
            sales: { count: 5, total: 1070, customers: 2, change_given: 20 },
            takings: { sales: 1070, refunds: 45, net: 1025 },
          })
        )
        expect(tender(report, "cash")).toEqual(
          expect.objectContaining({ sales: 140, refunds: 45, net: 95 })
        )
        expect(report.days).toHaveLength(31)
        expect(report.days[0]).toEqual({
          business_date: DAY,
          sales_count: 4,
          takings: { sales: 1030, refunds: 45, net: 985 },
        })
        expect(report.days[1]).toEqual({
          business_date: NEXT_DAY,
          sales_count: 1,
          takings: { sales: 40, refunds: 0, net: 40 },
        })
        expect(report.days[30]).toEqual({
          business_date: "2026-12-31",
          sales_count: 0,
          takings: { sales: 0, refunds: 0, net: 0 },
        })
      })

      it("reports the chain's month, per branch", async () => {
        const { data } = await api.get(`/admin/counter-reports/monthly?month=2026-12`, admin)
        const report = data.settlement_report
        expect(report.sales.count).toBe(6)
        expect(report.takings).toEqual({ sales: 1130, refunds: 45, net: 1085 })
        expect(report.branches).toHaveLength(2)
        const csv = await api.get(`/admin/counter-reports/monthly?month=2026-11&format=csv`, admin)
        expect(csv.headers["content-disposition"]).toBe(
          `attachment; filename="settlement-month-2026-11-chain.csv"`
        )
        expect(csv.data as string).toContain(
          "sales,count,Sales completed (quantity) and their totals,1,999.00"
        )
      })
    })

    describe("bad requests", () => {
      it("refuses bad parameters naming the field, 404s an unknown branch", async () => {
        const cases: [string, string][] = [
          ["/admin/counter-reports/daily?date=2026-13-01", "date"],
          ["/admin/counter-reports/daily", "date"],
          [`/admin/counter-reports/daily?date=${DAY}&branch_id=nope`, "branch_id"],
          [`/admin/counter-reports/daily?date=${DAY}&format=pdf`, "format"],
          [`/admin/counter-reports/daily?date=${DAY}&colour=red`, "colour"],
          ["/admin/counter-reports/monthly?month=2026-1", "month"],
          ["/admin/counter-reports/monthly?month=2026-13", "month"],
          [`/admin/counter-reports/shifts/${shiftId}?format=xml`, "format"],
        ]
        for (const [url, field] of cases) {
          const response = await failure(api.get(url, admin))
          expect({ url, status: response.status }).toEqual({ url, status: 400 })
          expect(response.data.message).toContain(field)
        }
        const unknown = await failure(
          api.get(`/admin/counter-reports/daily?date=${DAY}&branch_id=brch_01UNKNOWN`, admin)
        )
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain("brch_01UNKNOWN")
      })

      it("401s without an admin session", async () => {
        for (const url of [
          `/admin/counter-reports/shifts/${shiftId}`,
          `/admin/counter-reports/daily?date=${DAY}`,
          `/admin/counter-reports/monthly?month=2026-12`,
        ]) {
          const response = await failure(api.get(url))
          expect(response.status).toBe(401)
        }
      })
    })
  },
})
