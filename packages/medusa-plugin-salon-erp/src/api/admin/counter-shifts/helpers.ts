import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { CounterShiftTotals } from "../../../modules/counter/types"
import type {
  AdminCounterCashEntry,
  AdminCounterShift,
  AdminCounterShiftDetail,
  AdminCounterShiftTotals,
} from "../../../types/counter/http"
import { adminCounterCashEntryFields, adminCounterShiftFields } from "./query-config"

const num = (value: string | null): number | null => (value === null ? null : Number(value))

function totalsOf(totals: CounterShiftTotals): AdminCounterShiftTotals {
  return {
    opening_float: Number(totals.opening_float),
    paid_in: Number(totals.paid_in),
    paid_out: Number(totals.paid_out),
    sales: Number(totals.sales),
    refunds: Number(totals.refunds),
    expected_cash: Number(totals.expected_cash),
    corrections: Number(totals.corrections),
    corrected_expected_cash: num(totals.corrected_expected_cash),
    corrected_cash_difference: num(totals.corrected_cash_difference),
    entry_count: totals.entry_count,
  }
}

/** Adds each shift's cash totals, from one aggregate query for all of them. */
export async function withTotals<T extends { id: string }>(
  scope: MedusaContainer,
  shifts: T[]
): Promise<(T & { totals: AdminCounterShiftTotals })[]> {
  const counter = scope.resolve<CounterModuleService>(COUNTER_MODULE)
  const totals = await counter.getShiftTotals(shifts.map((shift) => shift.id))
  return shifts.map((shift) => ({ ...shift, totals: totalsOf(totals.get(shift.id)!) }))
}

/** The shift with its entries (oldest first), corrections and totals, or 404. */
export async function refetchCounterShift(
  scope: MedusaContainer,
  id: string
): Promise<AdminCounterShiftDetail> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [shift],
  } = await query.graph({
    entity: "counter_shift",
    fields: adminCounterShiftFields,
    filters: { id },
  })
  if (!shift) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter shift with id: ${id} was not found`)
  }
  const { data: entries } = await query.graph({
    entity: "counter_cash_entry",
    fields: adminCounterCashEntryFields,
    filters: { shift_id: id },
    pagination: { order: { created_at: "ASC", id: "ASC" } },
  })
  const [withFigures] = await withTotals(scope, [shift as unknown as AdminCounterShift])
  const cashEntries = entries as unknown as AdminCounterCashEntry[]
  return {
    ...withFigures,
    cash_entries: cashEntries,
    corrections: cashEntries.filter((entry) => entry.kind === "correction"),
  }
}

/** The cash entry as recorded, or 404. */
export async function refetchCounterCashEntry(
  scope: MedusaContainer,
  id: string
): Promise<AdminCounterCashEntry> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [entry],
  } = await query.graph({
    entity: "counter_cash_entry",
    fields: adminCounterCashEntryFields,
    filters: { id },
  })
  if (!entry) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Counter cash entry with id: ${id} was not found`
    )
  }
  return entry as unknown as AdminCounterCashEntry
}
