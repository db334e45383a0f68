import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMMISSION_MODULE } from ".."
import type { EarningLine } from "../lib/calculate"
import { periodOf } from "../lib/periods"
import type CommissionModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CommissionModuleService>({
  moduleName: COMMISSION_MODULE,
  resolve: "./src/modules/commission",
  moduleOptions: { timezone: "Asia/Shanghai" },
  // The real migrations, so the append-only and closed-period triggers exist here too.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const now = new Date().toISOString()
    const thisMonth = periodOf(now, "Asia/Shanghai")
    const source = { source_type: "appointment", source_id: "appt_1" }
    const line = (overrides: Partial<EarningLine> = {}): EarningLine => ({
      source_type: "appointment",
      source_id: "appt_1",
      source_line_id: "apit_1",
      kind: "service_performed",
      role: "labour",
      staff_member_id: "stf_anna",
      staff_level: "senior",
      share: 100,
      base: "398",
      quantity: 1,
      currency_code: "cny",
      branch_id: "br_1",
      customer_id: "cus_1",
      occurred_at: now,
      is_designated: false,
      targets: [],
      categories: ["facial"],
      label: "Hydrating facial",
      ...overrides,
    })
    const knex = () => MikroOrmWrapper.getManager().getConnection().getKnex()
    const entries = () =>
      knex()("commission_entry")
        .select("staff_member_id", "period", "base", "amount", "reverses_entry_id")
        .orderBy("created_at")
        .orderBy("id")

    beforeEach(async () => {
      await service.createCommissionRules([
        { name: "Services 10%", kind: "service_performed", rate: 10 },
      ])
    })

    it("writes a line once, however often and however concurrently it is synced", async () => {
      await Promise.all(Array.from({ length: 8 }, () => service.syncSource(source, [line()])))
      await service.syncSource(source, [line()])
      expect(await entries()).toEqual([
        expect.objectContaining({
          staff_member_id: "stf_anna",
          base: "398",
          amount: "39.8",
          reverses_entry_id: null,
        }),
      ])
    })

    it("reverses and rewrites a changed line, and reverses a line no longer earned", async () => {
      await service.syncSource(source, [line()])
      await service.syncSource(source, [line({ base: "300" })])
      await service.syncSource(source, [])
      const rows = await entries()
      expect(rows.map((row) => [row.base, row.amount])).toEqual([
        ["398", "39.8"],
        ["-398", "-39.8"],
        ["300", "30"],
        ["-300", "-30"],
      ])
      expect(rows[1].reverses_entry_id).toBeTruthy()
    })

    it("counts corrections in the next open month once a month is closed, and refuses writes to it", async () => {
      await service.syncSource(source, [line()])
      await service.closePeriod(thisMonth, "user_1")
      await service.syncSource(source, [line({ staff_member_id: "stf_bella" })])
      const rows = await entries()
      // (A reversal and its replacement are written together: compare without their order.)
      expect(rows.map((row) => [row.staff_member_id, row.period, row.amount]).sort()).toEqual([
        ["stf_anna", thisMonth, "39.8"],
        ["stf_anna", expect.not.stringMatching(thisMonth), "-39.8"],
        ["stf_bella", expect.not.stringMatching(thisMonth), "39.8"],
      ])
      await expect(service.closePeriod(thisMonth, "user_1")).rejects.toThrow(/already closed/)
      // The database itself keeps the closed month and every entry as written.
      await expect(
        knex().raw(
          `INSERT INTO commission_entry (id, period, staff_member_id, kind, role, source_type, source_id, source_line_id, currency_code, base, raw_base, share, raw_share, amount, raw_amount, explanation, occurred_at)
           VALUES ('cent_x', ?, 'stf_x', 'service_performed', 'labour', 'x', 'x', 'x', 'cny', 1, '{}', 100, '{}', 1, '{}', 'x', now())`,
          [thisMonth]
        )
      ).rejects.toThrow(/is closed/)
      await expect(knex().raw(`UPDATE commission_entry SET amount = 0`)).rejects.toThrow(
        /append-only/
      )
      await expect(knex().raw(`DELETE FROM commission_entry`)).rejects.toThrow(/append-only/)
    })

    it("refuses to close a month that has not started or is malformed", async () => {
      await expect(service.closePeriod("2999-01", null)).rejects.toThrow(/has not started/)
      await expect(service.closePeriod("2026-13", null)).rejects.toThrow(/YYYY-MM/)
    })
  },
})
