import { MathBN } from "@medusajs/framework/utils"
import type { AccountRow } from "../types"
import * as errors from "./errors"
import { type Amount, hasTooManyDecimals, roundAmount } from "./money"

/** A positive amount (or zero, when allowed) in the currency's minor unit, canonical. */
export function positiveAmount(
  value: Amount,
  currency: string,
  name: string,
  allowZero = false
): string {
  const amount = MathBN.convert(value)
  if (amount.isNaN() || (allowZero ? amount.lt(0) : amount.lte(0))) {
    throw errors.notPositive(name, value, allowZero)
  }
  if (hasTooManyDecimals(value, currency)) {
    throw errors.tooManyDecimals(name, value, currency, roundAmount(value, currency))
  }
  return amount.toFixed()
}

/** A signed amount in the currency's minor unit, canonical. */
export function signedAmount(value: Amount, currency: string, name: string): string {
  const amount = MathBN.convert(value)
  if (amount.isNaN()) throw errors.notANumber(name, value)
  if (hasTooManyDecimals(value, currency)) throw errors.tooManyDecimals(name, value, currency)
  return amount.toFixed()
}

export function assertActive(account: AccountRow): void {
  if (account.status !== "active") throw errors.accountClosed(account.id)
}

/** The trimmed idempotency key; every operation needs one. */
export function requireKey(key: string | null | undefined): string {
  const trimmed = key?.trim()
  if (!trimmed) throw errors.keyRequired()
  return trimmed
}

/** A bonus expiry as given (null: the bonus never expires). */
export function bonusExpiry(value: Date | string | null | undefined): Date | null {
  return value ? new Date(value) : null
}
