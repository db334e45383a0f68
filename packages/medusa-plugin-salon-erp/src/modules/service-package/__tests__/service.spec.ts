import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SERVICE_PACKAGE_MODULE } from ".."
import type ServicePackageModuleService from "../service"
import type { IssuePackageInput } from "../types"

jest.setTimeout(60 * 1000)

const DAY = 86_400_000
const system = { author_type: "system" as const }
let keyCounter = 0
const key = (label = "k") => `${label}-${Date.now()}-${++keyCounter}`

moduleIntegrationTestRunner<ServicePackageModuleService>({
  moduleName: SERVICE_PACKAGE_MODULE,
  resolve: "./src/modules/service-package",
  moduleOptions: { refund_fee_percent: 10 },
  // The real migrations, so the append-only triggers exist in the test database too.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const knex = () => MikroOrmWrapper.getManager().getKnex()

    const issue = (overrides: Partial<IssuePackageInput> = {}) =>
      service.issuePackage({
        idempotency_key: key("sale"),
        author_type: "user",
        author_id: "user_1",
        customer_id: "cus_1",
        template_id: "pkgt_1",
        name: "10 Facials",
        source: "counter",
        currency_code: "cny",
        price_paid: 1000,
        payment_method: "cash",
        branch_scope: "all_branches",
        selling_branch_id: "brch_1",
        sold_by_staff_member_id: "stf_1",
        allocation_method: "equal",
        refund_fee_percent: 10,
        expires_at: new Date(Date.now() + 365 * DAY),
        items: [
          {
            salon_service_id: "svc_facial",
            service_name: "Facial",
            sessions: 10,
            allocated_amount: 1000,
          },
        ],
        ...overrides,
      })

    const items = async (packageId: string) =>
      await service.listCustomerPackageItems(
        { package_id: packageId },
        { order: { position: "ASC" } }
      )

    const redeem = (packageId: string, extra: Record<string, unknown> = {}) =>
      service.redeemSessions({
        package_id: packageId,
        salon_service_id: "svc_facial",
        branch_id: "brch_1",
        staff_member_id: "stf_2",
        idempotency_key: key("redeem"),
        author_type: "user",
        author_id: "user_1",
        ...extra,
      })

    it("issues a package with one issue entry per item and balances equal to the ledger", async () => {
      const sale = await issue()
      expect(sale.created).toBe(true)
      const [item] = await items(sale.package_id)
      expect(item).toEqual(
        expect.objectContaining({ remaining: 10, reserved: 0, total_sessions: 10 })
      )
      expect(Number(item.value_remaining)).toBe(1000)
      const entries = await service.listPackageLedgerEntries({ package_id: sale.package_id })
      expect(entries).toHaveLength(1)
      expect(entries[0]).toEqual(
        expect.objectContaining({ type: "issue", quantity: 10, remaining_after: 10 })
      )
      expect(await service.reconcileLedger()).toEqual({ items_checked: 1, mismatches: [] })
    })

    it("never redeems more sessions than remain, however many redemptions run at once", async () => {
      const sale = await issue()
      const attempts = await Promise.allSettled(
        Array.from({ length: 30 }, () => redeem(sale.package_id))
      )
      const ok = attempts.filter((attempt) => attempt.status === "fulfilled")
      const refused = attempts.filter(
        (attempt) => attempt.status === "rejected"
      ) as PromiseRejectedResult[]
      expect(ok).toHaveLength(10)
      expect(refused).toHaveLength(20)
      for (const attempt of refused) {
        expect(attempt.reason.message).toBe("No sessions left of Facial on package 10 Facials")
      }
      const [item] = await items(sale.package_id)
      expect(item.remaining).toBe(0)
      expect(Number(item.value_remaining)).toBe(0)
      const { mismatches } = await service.reconcileLedger({ package_id: sale.package_id })
      expect(mismatches).toEqual([])
    })

    it("splits value pro rata to the cent: three sessions for 100 are 33.33 + 33.34 + 33.33", async () => {
      const sale = await issue({
        price_paid: 100,
        items: [
          {
            salon_service_id: "svc_facial",
            service_name: "Facial",
            sessions: 3,
            allocated_amount: 100,
          },
        ],
      })
      const values: number[] = []
      for (let i = 0; i < 3; i++) {
        const result = await redeem(sale.package_id)
        const [entry] = await service.listPackageLedgerEntries({ id: result.entry_ids[0] })
        values.push(Number(entry.value))
      }
      expect(values).toEqual([-33.33, -33.34, -33.33])
      expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(-100, 10)
    })

    it("replays a key once, and refuses the same key with other parameters", async () => {
      const sale = await issue()
      const idempotency_key = key("same")
      const first = await redeem(sale.package_id, { idempotency_key })
      const again = await redeem(sale.package_id, { idempotency_key })
      expect(again).toEqual({ ...first, created: false })
      const [item] = await items(sale.package_id)
      expect(item.remaining).toBe(9)

      await expect(redeem(sale.package_id, { idempotency_key, quantity: 2 })).rejects.toMatchObject(
        {
          type: "duplicate_error",
          message: expect.stringContaining(`Idempotency key "${idempotency_key}"`),
        }
      )

      const concurrent = key("race")
      const racing = await Promise.all(
        Array.from({ length: 8 }, () => redeem(sale.package_id, { idempotency_key: concurrent }))
      )
      expect(new Set(racing.map((result) => result.entry_ids[0])).size).toBe(1)
      expect(racing.filter((result) => result.created)).toHaveLength(1)
      expect((await items(sale.package_id))[0].remaining).toBe(8)
    })

    it("keeps ledger rows append-only and balances within their CHECK constraints", async () => {
      const sale = await issue()
      const [entry] = await service.listPackageLedgerEntries({ package_id: sale.package_id })
      await expect(
        knex().raw(`UPDATE package_ledger_entry SET quantity = 99 WHERE id = ?`, [entry.id])
      ).rejects.toThrow(/append-only: UPDATE/)
      await expect(
        knex().raw(`DELETE FROM package_ledger_entry WHERE id = ?`, [entry.id])
      ).rejects.toThrow(/append-only: DELETE/)
      await expect(
        knex().raw(`DELETE FROM package_operation WHERE package_id = ?`, [sale.package_id])
      ).rejects.toThrow(/append-only/)
      const [item] = await items(sale.package_id)
      await expect(
        knex().raw(`UPDATE customer_package_item SET remaining = -1 WHERE id = ?`, [item.id])
      ).rejects.toThrow(/customer_package_item_remaining_range/)
      await expect(
        knex().raw(`UPDATE customer_package_item SET reserved = 11 WHERE id = ?`, [item.id])
      ).rejects.toThrow(/customer_package_item_reserved_range/)
    })

    it("holds reserved sessions from counter use and redeems a reservation exactly once", async () => {
      const sale = await issue({
        items: [
          {
            salon_service_id: "svc_facial",
            service_name: "Facial",
            sessions: 1,
            allocated_amount: 1000,
          },
        ],
      })
      const { reservation } = await service.reserveSession({
        appointment_id: "appt_1",
        appointment_item_id: "apit_1",
        customer_id: "cus_1",
        salon_service_id: "svc_facial",
        branch_id: "brch_1",
        starts_at: new Date(Date.now() + 2 * DAY),
        source: "auto",
      })
      expect(reservation).toEqual(expect.objectContaining({ package_id: sale.package_id }))
      await expect(redeem(sale.package_id)).rejects.toThrow(
        "No sessions left of Facial on package 10 Facials (1 session remaining, 1 reserved for upcoming appointments)"
      )
      const settled = await Promise.all(
        Array.from({ length: 5 }, () =>
          service.redeemReservation(reservation!.id, {
            staff_member_id: "stf_3",
            branch_id: "brch_1",
          })
        )
      )
      const done = settled.filter(Boolean)
      expect(new Set(done.map((result) => result!.entry_ids[0])).size).toBe(1)
      const [item] = await items(sale.package_id)
      expect(item).toEqual(expect.objectContaining({ remaining: 0, reserved: 0 }))
      const entries = await service.listPackageLedgerEntries({
        package_id: sale.package_id,
        type: "redeem",
      })
      expect(entries).toHaveLength(1)
      expect(entries[0]).toEqual(
        expect.objectContaining({ staff_member_id: "stf_3", appointment_id: "appt_1" })
      )
      expect(await service.reconcileLedger()).toEqual(expect.objectContaining({ mismatches: [] }))
    })

    it("expires once, keeps reserved sessions, and an extension reinstates what expired", async () => {
      const sale = await issue()
      await service.reserveSession({
        appointment_id: "appt_1",
        appointment_item_id: "apit_1",
        customer_id: "cus_1",
        salon_service_id: "svc_facial",
        branch_id: "brch_1",
        starts_at: new Date(Date.now() + 2 * DAY),
        source: "auto",
      })
      await redeem(sale.package_id)
      await knex().raw(
        `UPDATE customer_package SET expires_at = now() - interval '1 minute' WHERE id = ?`,
        [sale.package_id]
      )
      const runs = await Promise.all([
        service.expirePackage(sale.package_id),
        service.expirePackage(sale.package_id),
      ])
      expect(runs.filter((run) => run?.created)).toHaveLength(1)
      expect(runs[0]!.entry_ids).toEqual(runs[1]!.entry_ids)
      expect(await service.expirePackage(sale.package_id)).toBeNull()
      const [pkg] = await service.listCustomerPackages({ id: sale.package_id })
      expect(pkg.status).toBe("expired")
      const [item] = await items(sale.package_id)
      expect(item).toEqual(expect.objectContaining({ remaining: 1, reserved: 1 }))
      expect(Number(item.value_remaining)).toBe(100)

      await service.extendPackage({
        package_id: sale.package_id,
        expires_at: new Date(Date.now() + 30 * DAY),
        reason: "Customer was abroad",
        idempotency_key: key("extend"),
        author_type: "user",
        author_id: "user_1",
      })
      const [back] = await items(sale.package_id)
      expect(back).toEqual(expect.objectContaining({ remaining: 9, reserved: 1 }))
      expect(Number(back.value_remaining)).toBe(900)
      expect((await service.listCustomerPackages({ id: sale.package_id }))[0].status).toBe("active")
      expect((await service.reconcileLedger()).mismatches).toEqual([])
    })

    it("refunds exactly the allocated value of unused sessions, minus the fee", async () => {
      const sale = await issue({
        price_paid: 1700,
        items: [
          {
            salon_service_id: "svc_facial",
            service_name: "Facial",
            sessions: 6,
            allocated_amount: 1200,
          },
          {
            salon_service_id: "svc_massage",
            service_name: "Massage",
            sessions: 4,
            allocated_amount: 500,
          },
        ],
      })
      await redeem(sale.package_id)
      await redeem(sale.package_id, { salon_service_id: "svc_massage" })
      const quote = await service.quoteRefund(sale.package_id)
      expect(quote).toEqual(
        expect.objectContaining({ gross_amount: 1375, fee_percent: 10, fee: 137.5, amount: 1237.5 })
      )
      const refund = await service.refundPackage({
        package_id: sale.package_id,
        refund_method: "cash",
        idempotency_key: key("refund"),
        ...system,
      })
      expect(refund.quote).toEqual(quote)
      const [pkg] = await service.listCustomerPackages({ id: sale.package_id })
      expect(pkg.status).toBe("refunded")
      expect(Number(pkg.refund_amount)).toBe(1237.5)
      for (const item of await items(sale.package_id)) {
        expect(item.remaining).toBe(0)
        expect(Number(item.value_remaining)).toBe(0)
      }
      await expect(redeem(sale.package_id)).rejects.toThrow(
        "Package 10 Facials is refunded; its sessions can no longer be used"
      )
    })

    it("transfers unreserved sessions to another customer with their value", async () => {
      const sale = await issue()
      await redeem(sale.package_id, { quantity: 4 })
      const [item] = await items(sale.package_id)
      const transfer = await service.transferSessions({
        package_id: sale.package_id,
        to_customer_id: "cus_2",
        items: [{ package_item_id: item.id, quantity: 3 }],
        reason: "For her daughter",
        idempotency_key: key("transfer"),
        author_type: "user",
        author_id: "user_1",
      })
      const [target] = await service.listCustomerPackages({ id: transfer.new_package_id! })
      expect(target).toEqual(
        expect.objectContaining({ customer_id: "cus_2", source: "transfer", name: "10 Facials" })
      )
      expect(Number(target.price_paid)).toBe(300)
      const [moved] = await items(target.id)
      expect(moved.remaining).toBe(3)
      expect((await items(sale.package_id))[0].remaining).toBe(3)
      expect((await service.reconcileLedger()).mismatches).toEqual([])
    })

    it("compensates an operation with reversing entries, never by deleting", async () => {
      const sale = await issue()
      const redemption = await redeem(sale.package_id, { quantity: 2 })
      await service.compensateOperation(redemption.operation_id)
      await service.compensateOperation(redemption.operation_id)
      const entries = await service.listPackageLedgerEntries(
        { package_id: sale.package_id },
        { order: { id: "ASC" } }
      )
      expect(entries.map((entry) => [entry.type, entry.quantity])).toEqual([
        ["issue", 10],
        ["redeem", -2],
        ["reverse", 2],
      ])
      expect((await items(sale.package_id))[0].remaining).toBe(10)

      await service.compensateOperation(sale.operation_id)
      const [pkg] = await service.listCustomerPackages({ id: sale.package_id })
      expect(pkg.status).toBe("canceled")
      expect((await items(sale.package_id))[0].remaining).toBe(0)
      expect((await service.reconcileLedger()).mismatches).toEqual([])
    })

    it("lets a request undone by compensation run again once under its key", async () => {
      const sale = await issue()
      const request = { idempotency_key: "desk-redeem-1", quantity: 2 }
      const first = await redeem(sale.package_id, request)
      await service.compensateOperation(first.operation_id)
      const retries = await Promise.all(
        Array.from({ length: 5 }, () => redeem(sale.package_id, request))
      )
      expect(new Set(retries.map((r) => r.operation_id)).size).toBe(1)
      expect(retries[0].operation_id).not.toBe(first.operation_id)
      expect(retries.filter((r) => r.created)).toHaveLength(1)
      expect((await items(sale.package_id))[0].remaining).toBe(8)
      const entries = await service.listPackageLedgerEntries(
        { package_id: sale.package_id },
        { order: { id: "ASC" } }
      )
      expect(entries.map((entry) => [entry.type, entry.quantity])).toEqual([
        ["issue", 10],
        ["redeem", -2],
        ["reverse", 2],
        ["redeem", -2],
      ])
      expect((await service.reconcileLedger()).mismatches).toEqual([])
    })
  },
})
