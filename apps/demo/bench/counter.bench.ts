import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createBranchWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-branch"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

const REGISTERS = 10

/**
 * Counter (registers and the cash drawer): a cash entry's latency on a quiet drawer, entries per
 * second with 10 registers busy at once, paid outs racing on one drawer (never overdrawn), the
 * shift detail with 2,000 entries, and closing.
 */
export default async function counterBench({ container }: ExecArgs) {
  const admin = await adminAuth(container)
  const { result: branch } = await createBranchWorkflow(container).run({
    input: {
      name: "Bench counter branch",
      code: `BENCH-CTR-${Date.now()}`,
      timezone: "Asia/Shanghai",
      opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        opens_at: "09:00",
        closes_at: "21:00",
      })),
    },
  })

  const post = (path: string, json: unknown, key?: string) =>
    http(path, {
      method: "POST",
      headers: { ...admin, ...(key ? { "idempotency-key": key } : {}) },
      json,
    })

  const shifts: string[] = []
  for (let i = 1; i <= REGISTERS; i++) {
    const { counter_register: register } = await post("/admin/counter-registers", {
      branch_id: branch.id,
      name: `Till ${i}`,
      code: `T${i}`,
      currency_code: "cny",
    })
    const { counter_shift: shift } = await post(
      `/admin/counter-registers/${register.id}/shifts`,
      { opening_float: 1000 },
      `bench-open-${register.id}`
    )
    shifts.push(shift.id)
  }

  const entry = (shiftId: string, kind: "paid_in" | "paid_out", amount: number, key: string) =>
    post(`/admin/counter-shifts/${shiftId}/cash-entries`, { kind, amount, reason: "bench" }, key)

  // One drawer, one request at a time.
  let n = 0
  await load(20, 1, () => entry(shifts[0], "paid_in", 1, `bench-warm-${n++}`))
  const quiet = await load(300, 1, () => entry(shifts[0], "paid_in", 1, `bench-quiet-${n++}`))
  report("POST cash entry, one drawer, sequential (HTTP)", summarize(quiet.latencies))

  // Ten registers at once, each on its own drawer.
  const busy = await load(1000, REGISTERS, (index) =>
    entry(shifts[index % REGISTERS], index % 2 ? "paid_out" : "paid_in", 1, `bench-busy-${index}`)
  )
  report("1,000 cash entries, 10 registers at once (HTTP)", summarize(busy.latencies), {
    "entries/s": busy.perSecond,
    errors: busy.errors.length,
  })

  // 50 clients paying out of one drawer holding 500: exactly 500 succeed, the drawer ends at 0.
  const { counter_register: hotRegister } = await post("/admin/counter-registers", {
    branch_id: branch.id,
    name: "Hot till",
    code: "HOT",
    currency_code: "cny",
  })
  const { counter_shift: hot } = await post(
    `/admin/counter-registers/${hotRegister.id}/shifts`,
    { opening_float: 500 },
    `bench-open-hot`
  )
  const race = await load(600, 50, (index) => entry(hot.id, "paid_out", 1, `bench-hot-${index}`))
  const { counter_shift: hotAfter } = await http(`/admin/counter-shifts/${hot.id}`, {
    headers: admin,
  })
  report("600 paid outs of 1 from a drawer of 500, 50 at once (HTTP)", summarize(race.latencies), {
    "entries/s": race.perSecond,
    accepted: 600 - race.errors.length,
    refused: race.errors.length,
  })
  if (race.errors.length !== 100 || Number(hotAfter.totals.expected_cash) !== 0) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `drawer overdrawn or short: ${race.errors.length} refused, expected cash ${hotAfter.totals.expected_cash}`
    )
  }
  figure(
    "hot drawer's expected cash after the race (expect 0)",
    hotAfter.totals.expected_cash,
    "CNY"
  )

  // A long shift: 2,000 entries, then its detail and its close.
  const long = shifts[1]
  await load(2000 - 101, 10, (index) => entry(long, "paid_in", 1, `bench-long-${index}`))
  const detail = await load(100, 1, () => http(`/admin/counter-shifts/${long}`, { headers: admin }))
  report("GET shift detail with 2,000 entries (HTTP)", summarize(detail.latencies))

  const closes = await load(REGISTERS - 1, 1, (index) =>
    post(`/admin/counter-shifts/${shifts[index + 1]}/close`, { counted_cash: 1000 })
  )
  report("POST close shift (HTTP)", summarize(closes.latencies), { errors: closes.errors.length })
}
