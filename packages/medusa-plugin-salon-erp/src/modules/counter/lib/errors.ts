import { MedusaError } from "@medusajs/framework/utils"
import type { CounterRegisterRow, CounterShiftRow } from "../types"
import { formatAmount } from "./money"

/** A 409: the register, shift or drawer is in a state that refuses the request. */
export const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message)

export function alreadyOpen(register: CounterRegisterRow, shiftId: string | null): MedusaError {
  return conflict(
    `Counter register ${register.id} (${register.code}) already has an open shift${shiftId ? ` ${shiftId}` : ""}: close it before opening another`
  )
}

export function codeTaken(branchId: string, code: string, usedBy: string): MedusaError {
  return conflict(`code ${code} is already used by ${usedBy} at branch ${branchId}`)
}

/** A 422 like the other modules' idempotency keys: the request, not the resource, is wrong. */
export function keyUsedForAnotherRequest(
  key: string,
  entry: { id: string; shift_id: string; kind: string }
): MedusaError {
  return new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    `Idempotency key "${key}" was already used for a different request (the ${entry.kind} entry ${entry.id} of shift ${entry.shift_id}); send a new key for a new request`
  )
}

export function registerHasOpenShift(register: CounterRegisterRow, shiftId: string): MedusaError {
  return conflict(
    `Counter register ${register.id} (${register.code}) has an open shift ${shiftId}: close it before deleting the register`
  )
}

export function registerInactive(register: CounterRegisterRow): MedusaError {
  return conflict(
    `Counter register ${register.id} (${register.code}) is inactive: activate it before opening a shift`
  )
}

export function shiftClosed(shift: CounterShiftRow, kind: string): MedusaError {
  return conflict(
    `Counter shift ${shift.id} is closed: a ${kind} can only be recorded on an open shift`
  )
}

export function shiftAlreadyClosed(shift: CounterShiftRow): MedusaError {
  return conflict(
    `Counter shift ${shift.id} is already closed (at ${new Date(shift.closed_at!).toISOString()} by ${shift.closed_by}): its figures cannot change; record a correction instead`
  )
}

export function shiftStillOpen(shift: CounterShiftRow): MedusaError {
  return conflict(
    `Counter shift ${shift.id} is open: corrections are recorded on a closed shift; record a paid_in or paid_out instead`
  )
}

export function paidOutAboveCash(
  shift: CounterShiftRow,
  amount: string,
  available: string
): MedusaError {
  const currency = shift.currency_code
  return conflict(
    `Paid out of ${formatAmount(amount, currency)} refused: the drawer of shift ${shift.id} holds ${formatAmount(available, currency)} available cash`
  )
}

export function saleKeyUsedForAnotherRequest(key: string, saleId: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    `Idempotency key "${key}" was already used for a different sale (${saleId}); send a new key for a new sale`
  )
}

export function saleStillSubmitting(saleId: string): MedusaError {
  return conflict(
    `Counter sale ${saleId} with this idempotency key is still being submitted; retry in a moment`
  )
}
