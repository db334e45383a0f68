import { MathBN, MedusaError, generateEntityId } from "@medusajs/framework/utils"
import { OPEN_SHIFT_INDEX, SHIFT_ID_PREFIX } from "../lib/constants"
import { type Knex, isUniqueViolation } from "../lib/db"
import { canonical, moneyColumns } from "../lib/money"
import type { CounterRegisterRow, CounterShiftRow, CounterShiftTotals } from "../types"

/** Locks a shift not deleted FOR UPDATE: writes on one drawer run one after the other. */
export async function lockShift(trx: Knex, id: string): Promise<CounterShiftRow> {
  const [shift] = (await trx("counter_shift")
    .select("*")
    .where({ id })
    .whereNull("deleted_at")
    .forUpdate()) as CounterShiftRow[]
  if (!shift) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter shift with id: ${id} was not found`)
  }
  return shift
}

export async function findOpenShift(trx: Knex, registerId: string): Promise<{ id: string } | null> {
  const [open] = (await trx("counter_shift")
    .select("id")
    .where({ register_id: registerId, status: "open" })
    .whereNull("deleted_at")) as { id: string }[]
  return open ?? null
}

/** Inserts an open shift; null when the register already has one (the partial unique index). */
export async function insertShift(
  trx: Knex,
  register: CounterRegisterRow,
  openedBy: string,
  openingFloat: string
): Promise<CounterShiftRow | null> {
  try {
    const [shift] = (await trx("counter_shift")
      .insert({
        id: generateEntityId(undefined, SHIFT_ID_PREFIX),
        register_id: register.id,
        branch_id: register.branch_id,
        currency_code: register.currency_code,
        status: "open",
        opened_by: openedBy,
        opened_at: trx.fn.now(),
        ...moneyColumns("opening_float", openingFloat),
      })
      .returning("*")) as CounterShiftRow[]
    return shift
  } catch (error) {
    if (isUniqueViolation(error, OPEN_SHIFT_INDEX)) return null
    throw error
  }
}

export type ShiftClose = {
  closed_by: string
  counted_cash: string
  expected_cash: string
  cash_difference: string
  counted_tenders: Record<string, number> | null
  closing_note: string | null
}

/** Closes an open shift, freezing its figures. */
export async function closeShift(
  trx: Knex,
  id: string,
  close: ShiftClose
): Promise<CounterShiftRow> {
  const [closed] = (await trx("counter_shift")
    .update({
      status: "closed",
      closed_by: close.closed_by,
      closed_at: trx.fn.now(),
      ...moneyColumns("counted_cash", close.counted_cash),
      ...moneyColumns("expected_cash", close.expected_cash),
      ...moneyColumns("cash_difference", close.cash_difference),
      counted_tenders: close.counted_tenders ? JSON.stringify(close.counted_tenders) : null,
      closing_note: close.closing_note,
      updated_at: trx.fn.now(),
    })
    .where({ id, status: "open" })
    .returning("*")) as CounterShiftRow[]
  return closed
}

type TotalsRow = {
  id: string
  status: string
  frozen_expected: string | null
  counted: string | null
  opening_float: string
  paid_in: string
  paid_out: string
  sales: string
  refunds: string
  running: string
  corrections: string
  entry_count: number
}

/** Cash figures of shifts from one aggregate over their entries (no query per shift). */
export async function shiftTotals(
  knex: Knex,
  shiftIds: string[]
): Promise<Map<string, CounterShiftTotals>> {
  const totals = new Map<string, CounterShiftTotals>()
  if (!shiftIds.length) return totals
  const { rows } = (await knex.raw(
    `SELECT s.id, s.status, s.expected_cash::text AS frozen_expected, s.counted_cash::text AS counted,
            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'opening_float'), 0)::text AS opening_float,
            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'paid_in'), 0)::text AS paid_in,
            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'paid_out'), 0)::text AS paid_out,
            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'sale'), 0)::text AS sales,
            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'refund'), 0)::text AS refunds,
            coalesce(sum(e.amount) FILTER (WHERE e.kind <> 'correction'), 0)::text AS running,
            coalesce(sum(e.amount) FILTER (WHERE e.kind = 'correction'), 0)::text AS corrections,
            count(e.id)::int AS entry_count
       FROM counter_shift s
       LEFT JOIN counter_cash_entry e ON e.shift_id = s.id AND e.deleted_at IS NULL
      WHERE s.id = ANY(?) AND s.deleted_at IS NULL
      GROUP BY s.id`,
    [shiftIds]
  )) as { rows: TotalsRow[] }
  for (const row of rows) {
    // A closed shift's expected cash is frozen; corrections after close adjust it separately.
    const closed = row.status === "closed" && row.frozen_expected !== null
    const correctedExpected = closed
      ? canonical(MathBN.add(row.frozen_expected!, row.corrections))
      : null
    totals.set(row.id, {
      opening_float: canonical(row.opening_float),
      paid_in: canonical(row.paid_in),
      paid_out: canonical(row.paid_out),
      sales: canonical(row.sales),
      refunds: canonical(row.refunds),
      expected_cash: canonical(closed ? row.frozen_expected! : row.running),
      corrections: canonical(row.corrections),
      corrected_expected_cash: correctedExpected,
      corrected_cash_difference:
        closed && row.counted !== null
          ? canonical(MathBN.sub(row.counted, correctedExpected!))
          : null,
      entry_count: row.entry_count,
    })
  }
  return totals
}
