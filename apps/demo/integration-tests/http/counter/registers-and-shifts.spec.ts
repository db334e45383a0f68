import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, explainErrors } from "../../utils/admin"
import { createBranch, failure } from "../../utils/booking"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string> }
type Response = { status: number; data: any }

let keyCounter = 0
const newKey = (label: string) => `${label}-${Date.now()}-${++keyCounter}`

/** Settles every request; answers each with its status and body, success or not. */
const settle = (request: Promise<Response>): Promise<Response> =>
  request.catch((error: { response?: Response }) => {
    if (!error.response) throw error
    return error.response
  })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: Headers
    let branch: { id: string }

    beforeEach(async () => {
      explainErrors(api)
      admin = await adminHeaders(api, getContainer())
      branch = await createBranch(api, admin)
    })

    const withKey = (key: string) => ({ headers: { ...admin.headers, "idempotency-key": key } })

    const createRegister = async (overrides: Record<string, unknown> = {}) => {
      const { data } = await api.post(
        "/admin/counter-registers",
        {
          branch_id: branch.id,
          name: "Front desk",
          code: `T${++keyCounter}`,
          currency_code: "CNY",
          ...overrides,
        },
        admin
      )
      return data.counter_register
    }
    const openShift = (registerId: string, openingFloat: number | string, key = newKey("open")) =>
      api.post(
        `/admin/counter-registers/${registerId}/shifts`,
        { opening_float: openingFloat },
        withKey(key)
      )
    const cashEntry = (
      shiftId: string,
      kind: "paid_in" | "paid_out",
      amount: number | string,
      key = newKey(kind),
      reason = `${kind} for the test`
    ) =>
      api.post(
        `/admin/counter-shifts/${shiftId}/cash-entries`,
        { kind, amount, reason },
        withKey(key)
      )
    const getShift = async (shiftId: string) =>
      (await api.get(`/admin/counter-shifts/${shiftId}`, admin)).data.counter_shift
    /** Row counts of the counter's tables, to show a refused request changed nothing. */
    const tableCounts = async () => {
      const { rows } = await dbConnection.raw(
        `SELECT (SELECT count(*) FROM counter_register)::int AS registers,
                (SELECT count(*) FROM counter_shift)::int AS shifts,
                (SELECT count(*) FROM counter_cash_entry)::int AS entries,
                (SELECT count(*) FROM counter_outbox_event)::int AS events,
                (SELECT max(updated_at)::text FROM counter_shift) AS shifts_updated,
                (SELECT max(updated_at)::text FROM counter_register) AS registers_updated`
      )
      return rows[0]
    }
    const entriesSum = async (shiftId: string) => {
      const { rows } = await dbConnection.raw(
        `SELECT coalesce(sum(amount), 0)::text AS sum, count(*)::int AS count
           FROM counter_cash_entry WHERE shift_id = ?`,
        [shiftId]
      )
      return { sum: Number(rows[0].sum), count: rows[0].count as number }
    }

    describe("registers", () => {
      it("creates, lists, updates and deletes a register; codes are unique per branch", async () => {
        const register = await createRegister({ code: "T1", metadata: { till: "left" } })
        expect(register).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^creg_/),
            branch_id: branch.id,
            name: "Front desk",
            code: "T1",
            currency_code: "cny",
            is_active: true,
            metadata: { till: "left" },
          })
        )

        const duplicate = await failure(createRegister({ code: "T1" }))
        expect(duplicate.status).toBe(409)
        expect(duplicate.data.message).toContain("T1")
        expect(duplicate.data.message).toContain(register.id)

        // The same code at another branch is fine.
        const otherBranch = await createBranch(api, admin)
        const other = await createRegister({ code: "T1", branch_id: otherBranch.id })
        expect(other.branch_id).toBe(otherBranch.id)

        const second = await createRegister({ code: "T2", is_active: false })
        const { data: list } = await api.get(
          `/admin/counter-registers?branch_id=${branch.id}`,
          admin
        )
        expect(list.count).toBe(2)
        expect(list.counter_registers.map((r: { code: string }) => r.code)).toEqual(["T1", "T2"])
        const { data: active } = await api.get(
          `/admin/counter-registers?branch_id=${branch.id}&is_active=true`,
          admin
        )
        expect(active.counter_registers.map((r: { id: string }) => r.id)).toEqual([register.id])

        const { data: updated } = await api.post(
          `/admin/counter-registers/${second.id}`,
          { name: "Back till", is_active: true },
          admin
        )
        expect(updated.counter_register).toEqual(
          expect.objectContaining({ id: second.id, name: "Back till", is_active: true, code: "T2" })
        )
        const renamedToTaken = await failure(
          api.post(`/admin/counter-registers/${second.id}`, { code: "T1" }, admin)
        )
        expect(renamedToTaken.status).toBe(409)

        const { data: deleted } = await api.delete(`/admin/counter-registers/${register.id}`, admin)
        expect(deleted).toEqual({ id: register.id, object: "counter_register", deleted: true })
        expect(
          (await failure(api.get(`/admin/counter-registers/${register.id}`, admin))).status
        ).toBe(404)
        // A deleted register's code can be used again.
        const reused = await createRegister({ code: "T1" })
        expect(reused.id).not.toBe(register.id)
      })

      it("refuses a register at an unknown branch with 404 naming branch_id", async () => {
        const response = await failure(createRegister({ branch_id: "brch_UNKNOWN000" }))
        expect(response.status).toBe(404)
        expect(response.data.message).toContain("branch_id")
      })
    })

    describe("shifts", () => {
      it("opens a shift with its opening float entry; one open shift per register", async () => {
        const register = await createRegister()
        const opened = await openShift(register.id, "200.50")
        expect(opened.status).toBe(201)
        const shift = opened.data.counter_shift
        expect(shift).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^cshf_/),
            register_id: register.id,
            branch_id: branch.id,
            currency_code: "cny",
            status: "open",
            opening_float: 200.5,
            expected_cash: null,
          })
        )
        expect(shift.totals.expected_cash).toBe(200.5)
        expect(shift.cash_entries).toEqual([
          expect.objectContaining({ kind: "opening_float", amount: 200.5 }),
        ])

        const second = await failure(openShift(register.id, 100))
        expect(second.status).toBe(409)
        expect(second.data.message).toContain(register.id)
        expect(second.data.message).toContain(shift.id)

        // An open register cannot be deleted.
        const deleting = await failure(api.delete(`/admin/counter-registers/${register.id}`, admin))
        expect(deleting.status).toBe(409)

        const { rows } = await dbConnection.raw(
          `SELECT event_name FROM counter_outbox_event WHERE aggregate_id = ?`,
          [shift.id]
        )
        expect(rows.map((r: { event_name: string }) => r.event_name)).toEqual([
          "counter.shift_opened",
        ])
      })

      it("lets exactly one of two concurrent opens of a register succeed", async () => {
        const register = await createRegister()
        const results = await Promise.all([
          settle(openShift(register.id, 100)),
          settle(openShift(register.id, 100)),
        ])
        const statuses = results.map((r) => r.status).sort()
        expect(statuses).toEqual([201, 409])
        const conflict = results.find((r) => r.status === 409)!
        expect(conflict.data.message).toContain(register.id)
        const { rows } = await dbConnection.raw(
          `SELECT count(*)::int AS open FROM counter_shift WHERE register_id = ? AND status = 'open'`,
          [register.id]
        )
        expect(rows[0].open).toBe(1)
      })

      it("refuses to open a shift on an inactive register", async () => {
        const register = await createRegister({ is_active: false })
        const response = await failure(openShift(register.id, 0))
        expect(response.status).toBe(409)
        expect(response.data.message).toContain("inactive")
      })

      it("replays an open with the same key and request; refuses the key with another float", async () => {
        const register = await createRegister()
        const key = newKey("open-replay")
        const first = await openShift(register.id, 100, key)
        const again = await openShift(register.id, "100.00", key)
        expect(again.status).toBe(200)
        expect(again.data.counter_shift.id).toBe(first.data.counter_shift.id)
        const different = await failure(openShift(register.id, 150, key))
        expect(different.status).toBe(422)
        expect(different.data.message).toContain(key)
        expect(await entriesSum(first.data.counter_shift.id)).toEqual({ sum: 100, count: 1 })
      })
    })

    describe("cash entries and cash-up", () => {
      it("float 200, paid_in 50, paid_out 30, counted 215: expected 220, difference -5", async () => {
        const register = await createRegister()
        const shift = (await openShift(register.id, 200)).data.counter_shift

        const paidIn = await cashEntry(shift.id, "paid_in", 50)
        expect(paidIn.status).toBe(201)
        expect(paidIn.data.counter_cash_entry).toEqual(
          expect.objectContaining({ kind: "paid_in", amount: 50, reason: "paid_in for the test" })
        )
        const paidOut = await cashEntry(shift.id, "paid_out", 30)
        expect(paidOut.data.counter_cash_entry.amount).toBe(-30)
        expect(paidOut.data.counter_shift.totals).toEqual(
          expect.objectContaining({
            opening_float: 200,
            paid_in: 50,
            paid_out: -30,
            expected_cash: 220,
            corrections: 0,
            corrected_expected_cash: null,
          })
        )

        const { data: closed } = await api.post(
          `/admin/counter-shifts/${shift.id}/close`,
          {
            counted_cash: 215,
            counted_tenders: { card: 1200, wechat_pay: "88.50" },
            closing_note: "Five short",
          },
          admin
        )
        expect(closed.counter_shift).toEqual(
          expect.objectContaining({
            status: "closed",
            counted_cash: 215,
            expected_cash: 220,
            cash_difference: -5,
            counted_tenders: { card: 1200, wechat_pay: 88.5 },
            closing_note: "Five short",
            closed_by: expect.stringMatching(/^user_/),
          })
        )
        expect(closed.counter_shift.closed_at).toBeTruthy()
        expect(await entriesSum(shift.id)).toEqual({ sum: 220, count: 3 })

        // Closed: closing again and cash entries are refused; nothing changes.
        const before = await tableCounts()
        const again = await failure(
          api.post(`/admin/counter-shifts/${shift.id}/close`, { counted_cash: 220 }, admin)
        )
        expect(again.status).toBe(409)
        expect(again.data.message).toContain(shift.id)
        const late = await failure(cashEntry(shift.id, "paid_in", 10))
        expect(late.status).toBe(409)
        expect(late.data.message).toContain("closed")
        expect(await tableCounts()).toEqual(before)

        // A correction after close: a new entry; the close figures stay.
        const correction = await api.post(
          `/admin/counter-shifts/${shift.id}/corrections`,
          { amount: -10, reason: "Paid out for flowers, receipt found after the cash-up" },
          withKey(newKey("correction"))
        )
        expect(correction.status).toBe(201)
        expect(correction.data.counter_cash_entry).toEqual(
          expect.objectContaining({ kind: "correction", amount: -10 })
        )
        const detail = await getShift(shift.id)
        expect(detail).toEqual(
          expect.objectContaining({ expected_cash: 220, counted_cash: 215, cash_difference: -5 })
        )
        expect(detail.totals).toEqual(
          expect.objectContaining({
            expected_cash: 220,
            corrections: -10,
            corrected_expected_cash: 210,
            corrected_cash_difference: 5,
            entry_count: 4,
          })
        )
        expect(detail.corrections).toHaveLength(1)
        expect(detail.cash_entries.map((e: { kind: string }) => e.kind)).toEqual([
          "opening_float",
          "paid_in",
          "paid_out",
          "correction",
        ])

        const { rows } = await dbConnection.raw(
          `SELECT event_name FROM counter_outbox_event WHERE aggregate_id = ? ORDER BY sequence`,
          [shift.id]
        )
        expect(rows.map((r: { event_name: string }) => r.event_name)).toEqual([
          "counter.shift_opened",
          "counter.cash_entry_recorded",
          "counter.cash_entry_recorded",
          "counter.shift_closed",
          "counter.cash_entry_recorded",
        ])

        // The ledger itself refuses edits: a correction is the only way to change the count.
        await expect(
          dbConnection.raw(`UPDATE counter_cash_entry SET amount = 0 WHERE shift_id = ?`, [
            shift.id,
          ])
        ).rejects.toThrow(/append-only/)
        await expect(
          dbConnection.raw(`DELETE FROM counter_cash_entry WHERE shift_id = ?`, [shift.id])
        ).rejects.toThrow(/append-only/)

        // Newest first, filtered by register and status.
        const { data: list } = await api.get(
          `/admin/counter-shifts?register_id=${register.id}&status=closed`,
          admin
        )
        expect(list.count).toBe(1)
        expect(list.counter_shifts[0]).toEqual(
          expect.objectContaining({
            id: shift.id,
            totals: expect.objectContaining({ corrections: -10 }),
          })
        )
      })

      it("lists a register's shifts newest first, filtered by status and branch", async () => {
        const register = await createRegister()
        const first = (await openShift(register.id, 10)).data.counter_shift
        await api.post(`/admin/counter-shifts/${first.id}/close`, { counted_cash: 10 }, admin)
        const second = (await openShift(register.id, 20)).data.counter_shift

        const { data: all } = await api.get(
          `/admin/counter-shifts?register_id=${register.id}`,
          admin
        )
        expect(all.count).toBe(2)
        expect(all.counter_shifts.map((s: { id: string }) => s.id)).toEqual([second.id, first.id])
        expect(all.counter_shifts[0].totals.expected_cash).toBe(20)
        expect(all.counter_shifts[1].totals).toEqual(
          expect.objectContaining({ expected_cash: 10, corrected_cash_difference: 0 })
        )

        const { data: open } = await api.get(
          `/admin/counter-shifts?branch_id=${branch.id}&status=open`,
          admin
        )
        expect(open.counter_shifts.map((s: { id: string }) => s.id)).toEqual([second.id])
        const { data: paged } = await api.get(
          `/admin/counter-shifts?register_id=${register.id}&limit=1&offset=1`,
          admin
        )
        expect(paged).toEqual(expect.objectContaining({ count: 2, offset: 1, limit: 1 }))
        expect(paged.counter_shifts.map((s: { id: string }) => s.id)).toEqual([first.id])
      })

      it("refuses a correction on an open shift", async () => {
        const register = await createRegister()
        const shift = (await openShift(register.id, 50)).data.counter_shift
        const response = await failure(
          api.post(
            `/admin/counter-shifts/${shift.id}/corrections`,
            { amount: 5, reason: "too early" },
            admin
          )
        )
        expect(response.status).toBe(409)
        expect(response.data.message).toContain("open")
      })

      it("20 concurrent paid_outs of 10 from a drawer of 100: exactly 10 succeed", async () => {
        const register = await createRegister()
        const shift = (await openShift(register.id, 100)).data.counter_shift
        const results = await Promise.all(
          Array.from({ length: 20 }, () => settle(cashEntry(shift.id, "paid_out", 10)))
        )
        const statuses = results.map((r) => r.status)
        expect(statuses.filter((s) => s === 201)).toHaveLength(10)
        expect(statuses.filter((s) => s === 409)).toHaveLength(10)
        const refused = results.find((r) => r.status === 409)!
        expect(refused.data.message).toContain("0.00 CNY available")

        const detail = await getShift(shift.id)
        expect(detail.totals.expected_cash).toBe(0)
        expect(await entriesSum(shift.id)).toEqual({ sum: 0, count: 11 })
      })

      it("records one entry for a key sent twice, and refuses the key with another amount", async () => {
        const register = await createRegister()
        const shift = (await openShift(register.id, 100)).data.counter_shift
        const key = newKey("paid-in-replay")
        const first = await cashEntry(shift.id, "paid_in", 20, key)
        const second = await cashEntry(shift.id, "paid_in", 20, key)
        expect(first.status).toBe(201)
        expect(second.status).toBe(200)
        expect(second.data.counter_cash_entry.id).toBe(first.data.counter_cash_entry.id)

        const before = await tableCounts()
        const different = await failure(cashEntry(shift.id, "paid_in", 25, key))
        expect(different.status).toBe(422)
        expect(different.data.message).toContain(key)
        expect(await tableCounts()).toEqual(before)
        expect(await entriesSum(shift.id)).toEqual({ sum: 120, count: 2 })
      })
    })

    describe("refusals", () => {
      it("answers bad input with a 400 naming the field, and changes nothing", async () => {
        const register = await createRegister()
        const shift = (await openShift(register.id, 100)).data.counter_shift
        const before = await tableCounts()

        const negativeFloat = await failure(
          api.post(`/admin/counter-registers/${register.id}/shifts`, { opening_float: -1 }, admin)
        )
        expect(negativeFloat.status).toBe(400)
        expect(negativeFloat.data.message).toContain("opening_float")

        const tooManyDecimals = await failure(
          api.post(
            `/admin/counter-registers/${register.id}/shifts`,
            { opening_float: "10.005" },
            admin
          )
        )
        expect(tooManyDecimals.status).toBe(400)
        expect(tooManyDecimals.data.message).toContain("opening_float")

        const noReason = await failure(
          api.post(
            `/admin/counter-shifts/${shift.id}/cash-entries`,
            { kind: "paid_out", amount: 10 },
            admin
          )
        )
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")

        const badDecimals = await failure(
          api.post(
            `/admin/counter-shifts/${shift.id}/cash-entries`,
            { kind: "paid_in", amount: 1.234, reason: "coins" },
            admin
          )
        )
        expect(badDecimals.status).toBe(400)
        expect(badDecimals.data.message).toContain("amount")

        const unknownTender = await failure(
          api.post(
            `/admin/counter-shifts/${shift.id}/close`,
            { counted_cash: 100, counted_tenders: { cheque: 10 } },
            admin
          )
        )
        expect(unknownTender.status).toBe(400)
        expect(unknownTender.data.message).toContain("counted_tenders.cheque")

        const negativeCount = await failure(
          api.post(`/admin/counter-shifts/${shift.id}/close`, { counted_cash: -5 }, admin)
        )
        expect(negativeCount.status).toBe(400)
        expect(negativeCount.data.message).toContain("counted_cash")

        const zeroCorrection = await failure(
          api.post(
            `/admin/counter-shifts/${shift.id}/corrections`,
            { amount: 0, reason: "nothing" },
            admin
          )
        )
        expect(zeroCorrection.status).toBe(400)
        expect(zeroCorrection.data.message).toContain("amount")

        const badCurrency = await failure(
          api.post(
            "/admin/counter-registers",
            { branch_id: branch.id, name: "X", code: "X1", currency_code: "yuan" },
            admin
          )
        )
        expect(badCurrency.status).toBe(400)
        expect(badCurrency.data.message).toContain("currency_code")

        expect(await tableCounts()).toEqual(before)
        expect((await getShift(shift.id)).status).toBe("open")
      })

      it("answers unknown ids with 404", async () => {
        const statuses = await Promise.all([
          settle(api.get("/admin/counter-registers/creg_UNKNOWN000", admin)),
          settle(api.post("/admin/counter-registers/creg_UNKNOWN000", { name: "X" }, admin)),
          settle(api.delete("/admin/counter-registers/creg_UNKNOWN000", admin)),
          settle(openShift("creg_UNKNOWN000", 10)),
          settle(api.get("/admin/counter-shifts/cshf_UNKNOWN000", admin)),
          settle(cashEntry("cshf_UNKNOWN000", "paid_in", 10)),
          settle(
            api.post("/admin/counter-shifts/cshf_UNKNOWN000/close", { counted_cash: 0 }, admin)
          ),
          settle(
            api.post(
              "/admin/counter-shifts/cshf_UNKNOWN000/corrections",
              { amount: 1, reason: "x" },
              admin
            )
          ),
        ])
        expect(statuses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404])
      })

      it("answers 401 without an admin session", async () => {
        const register = await createRegister()
        const responses = await Promise.all([
          settle(api.get("/admin/counter-registers")),
          settle(api.post(`/admin/counter-registers/${register.id}/shifts`, { opening_float: 1 })),
          settle(api.get("/admin/counter-shifts")),
        ])
        expect(responses.map((r) => r.status)).toEqual([401, 401, 401])
        const { rows } = await dbConnection.raw(
          `SELECT count(*)::int AS shifts FROM counter_shift WHERE register_id = ?`,
          [register.id]
        )
        expect(rows[0].shifts).toBe(0)
      })
    })
  },
})
