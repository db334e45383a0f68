import { MedusaError } from "@medusajs/framework/utils"
import { type Amount, formatAmount, insufficientStoredValueMessage } from "./money"

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const accountNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Stored value account with id: ${id} was not found`)

export const operationNotFound = (id: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Stored value operation with id: ${id} was not found`
  )

export const noAccount = (customerId: string, currency: string) =>
  notAllowed(
    `Customer ${customerId} has no stored value in ${currency.toUpperCase()}; top up first`
  )

export const accountClosed = (id: string) => notAllowed(`Stored value account ${id} is closed`)

export const keyRequired = () =>
  invalid("An idempotency key is required for every stored value operation")

export const keyReused = (key: string, kind: string, fingerprint: string) =>
  new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    `Idempotency key ${key} was already used for a different ${kind.replace("_", "-")} (${fingerprint}); use a new key for a new operation`
  )

/** A debit beyond the balance less what is held for carts in checkout; `tail` names the debit. */
export const insufficient = (balance: Amount, held: Amount, currency: string, tail: string) =>
  notAllowed(insufficientStoredValueMessage(balance, held, currency, tail))

export const topUpAboveLimit = (principal: Amount, limit: Amount, currency: string) =>
  invalid(
    `A top-up of ${formatAmount(principal, currency)} is above the limit of ${formatAmount(limit, currency)}`
  )

export const notRefundable = (id: string, kind: string) =>
  notAllowed(`Operation ${id} is a ${kind.replace("_", "-")}; only spends can be refunded`)

export const refundedInFull = (id: string) =>
  notAllowed(`Spend ${id} has already been refunded in full`)

export const refundAboveLeft = (id: string, left: Amount, requested: Amount, currency: string) =>
  notAllowed(
    `Only ${formatAmount(left, currency)} of spend ${id} is left to refund; ${formatAmount(requested, currency)} was asked`
  )

export const notReversible = (kind: string) => notAllowed(`A ${kind} cannot be reversed`)

export const alreadyUndone = (id: string) => notAllowed(`Operation ${id} has already been undone`)

export const partlySpent = (id: string, principal: Amount, bonus: Amount, currency: string) =>
  notAllowed(
    `Operation ${id} cannot be reversed: the member has already spent part of it (balance ${formatAmount(principal, currency)} principal, ${formatAmount(bonus, currency)} bonus)`
  )

export const adjustmentNeedsReason = () => invalid("An adjustment needs a reason")

export const adjustmentNeedsAccount = () =>
  invalid("An adjustment names the account_id, or the customer_id and currency_code")

export const adjustmentChangesNothing = () =>
  invalid("An adjustment must change the principal or the bonus")

export const balanceCannotGoDown = (
  name: string,
  balance: Amount,
  change: Amount,
  currency: string
) =>
  notAllowed(
    `The ${name} balance is ${formatAmount(balance, currency)}; it cannot go down by ${formatAmount(change, currency)}`
  )

export const emptyOpeningBalance = () =>
  invalid("An opening balance needs a principal or a bonus above zero")

export const closureNeedsReason = () => invalid("Closing an account needs a reason")

export const closureWhileHeld = (id: string, held: Amount, currency: string) =>
  notAllowed(
    `Stored value account ${id} cannot be closed: ${formatAmount(held, currency)} is held for online checkout; close it once that cart completes or its hold is released`
  )

export const holdNotCapturable = (holdId: string, cartId: string, status: string | undefined) =>
  notAllowed(
    `The stored value hold ${holdId} of cart ${cartId} is ${status ?? "gone"}; there is nothing to capture`
  )

export const notPositive = (name: string, value: Amount, allowZero: boolean) =>
  invalid(`${name} must be ${allowZero ? "zero or more" : "more than zero"}; got ${value}`)

export const notANumber = (name: string, value: Amount) =>
  invalid(`${name} must be a number; got ${value}`)

/** `suggestion` is the rounded value ("(1.01?)"), empty when none is offered. */
export const tooManyDecimals = (name: string, value: Amount, currency: string, suggestion = "") =>
  invalid(
    `${name} ${value} has more decimals than ${currency.toUpperCase()} allows${suggestion ? ` (${suggestion}?)` : ""}`
  )
