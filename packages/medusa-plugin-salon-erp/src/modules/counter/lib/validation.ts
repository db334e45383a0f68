import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { CloseCounterShiftInput } from "../types"
import { CASH_ENTRY_REASON_MAX, COUNTED_TENDER_KINDS, MANUAL_CASH_ENTRY_KINDS } from "./constants"
import { type Amount, canonical, currencyDecimals, hasTooManyDecimals } from "./money"
import * as errors from "./errors"

export function checkReason(reason: string | null | undefined) {
  const text = reason?.trim() ?? ""
  if (!text || text.length > CASH_ENTRY_REASON_MAX) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `reason is required: 1 to ${CASH_ENTRY_REASON_MAX} characters (got ${text.length})`
    )
  }
}

/** Refuses an amount outside its range or with more decimals than the currency has, naming it. */
export function checkAmount(
  field: string,
  value: Amount,
  currency: string,
  { min }: { min: "zero" | "positive" | "non-zero" }
) {
  const amount = MathBN.convert(value)
  if (amount.isNaN() || !amount.isFinite()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} (${value}) is not an amount`)
  }
  const wrong =
    (min === "zero" && amount.isNegative() && !amount.isZero()) ||
    (min === "positive" && !amount.gt(0)) ||
    (min === "non-zero" && amount.isZero())
  if (wrong) {
    const rule = { zero: "zero or more", positive: "more than zero", "non-zero": "not zero" }[min]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} (${value}) must be ${rule}`)
  }
  if (hasTooManyDecimals(value, currency)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} (${value}) has more decimals than ${currency.toUpperCase()} allows (${currencyDecimals(currency)})`
    )
  }
}

export function checkManualKind(kind: string) {
  if (!(MANUAL_CASH_ENTRY_KINDS as readonly string[]).includes(kind)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `kind (${String(kind)}) must be paid_in or paid_out`
    )
  }
}

/** Checks the counted totals of non-cash tenders; returns them as numbers, null when not given. */
export function countedTenders(
  input: CloseCounterShiftInput["counted_tenders"],
  currency: string
): Record<string, number> | null {
  if (!input) return null
  const tenders: Record<string, number> = {}
  for (const [kind, value] of Object.entries(input)) {
    if (!(COUNTED_TENDER_KINDS as readonly string[]).includes(kind)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `counted_tenders.${kind}: unknown tender kind "${kind}"; counted tenders are ${COUNTED_TENDER_KINDS.join(", ")} (cash is counted_cash)`
      )
    }
    if (value === undefined || value === null) continue
    checkAmount(`counted_tenders.${kind}`, value, currency, { min: "zero" })
    tenders[kind] = Number(canonical(value))
  }
  return tenders
}

/**
 * Refuses a refund that gives back more of a line's units or a tender's amount than the sale and
 * its earlier refunds (negative rows) left.
 */
export function checkRefundLeft(
  saleId: string,
  saleLines: { id: string; reverses_line_id?: string | null; quantity: unknown }[],
  saleTenders: { payment_id?: string | null; amount: Amount }[],
  input: {
    lines: { reverses_line_id?: string | null; quantity: number }[]
    tenders: { payment_id?: string | null; kind: string; amount: Amount }[]
  }
): void {
  for (const line of input.lines) {
    const left = saleLines
      .filter(
        (row) => row.id === line.reverses_line_id || row.reverses_line_id === line.reverses_line_id
      )
      .reduce((sum, row) => sum + Number(row.quantity), 0)
    if (left + line.quantity < 0)
      throw errors.conflict(
        `Line ${line.reverses_line_id} of sale ${saleId} has only ${left} unit(s) left to refund`
      )
  }
  for (const tender of input.tenders) {
    const left = saleTenders
      .filter((row) => row.payment_id === tender.payment_id)
      .reduce((sum, row) => MathBN.add(sum, row.amount), MathBN.convert(0))
    if (MathBN.lt(MathBN.add(left, tender.amount), 0))
      throw errors.conflict(
        `The ${tender.kind} tender of sale ${saleId} has only ${canonical(left)} left to refund`
      )
  }
}
