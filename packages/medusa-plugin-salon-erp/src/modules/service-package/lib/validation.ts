import type { IssuePackageInput, MigratePackageInput } from "../types"
import { idempotencyKeyRequired, invalid } from "./errors"
import { day } from "./format"
import { toCents, toMajor } from "./money"

/** Items of at least one session, each service once, allocations adding up to the price. */
export function validateIssue(input: IssuePackageInput) {
  if (!input.items?.length) {
    throw invalid("A package needs at least one service")
  }
  const services = new Set<string>()
  for (const item of input.items) {
    if (!Number.isInteger(item.sessions) || item.sessions < 1) {
      throw invalid(
        `${item.service_name}: sessions must be a whole number of at least 1; got ${item.sessions}`
      )
    }
    if (services.has(item.salon_service_id)) {
      throw invalid(`${item.service_name} appears twice in the package`)
    }
    services.add(item.salon_service_id)
    if (toCents(item.allocated_amount) < 0) {
      throw invalid(`${item.service_name}: allocated_amount cannot be negative`)
    }
  }
  const price = toCents(input.price_paid)
  const allocated = input.items.reduce((sum, item) => sum + toCents(item.allocated_amount), 0)
  if (price < 0 || allocated !== price) {
    throw invalid(
      `The items' allocated amounts (${toMajor(allocated)}) must add up to the price paid (${toMajor(price)})`
    )
  }
  const purchasedAt = new Date(input.purchased_at ?? Date.now())
  if (!(new Date(input.expires_at).getTime() > purchasedAt.getTime())) {
    throw invalid(
      `A package must expire after it is bought; expires_at is ${String(input.expires_at)}`
    )
  }
}

/** A carried-over package: valid terms, sessions left on an item, still open, keyed. */
export function validateMigration(input: MigratePackageInput) {
  validateIssue({ ...input, source: "migration" })
  for (const item of input.items) {
    if (!Number.isInteger(item.remaining) || item.remaining < 0 || item.remaining > item.sessions) {
      throw invalid(
        `${item.service_name}: remaining sessions must be a whole number from 0 to ${item.sessions}; got ${item.remaining}`
      )
    }
  }
  if (new Date(input.expires_at).getTime() <= Date.now()) {
    throw invalid(
      `Package ${input.name} expired on ${day(input.expires_at)}; only open packages are carried over`
    )
  }
  if (!input.items.some((item) => item.remaining > 0)) {
    throw invalid(`Package ${input.name} has no sessions left; only open packages are carried over`)
  }
  if (!input.idempotency_key?.trim()) throw idempotencyKeyRequired()
}

/** A count of sessions asked for: a whole number of at least 1. */
export function checkQuantity(quantity: number) {
  if (!Number.isInteger(quantity) || quantity < 1) {
    throw invalid(`quantity must be a whole number of at least 1; got ${quantity}`)
  }
}

/** A manual correction: a whole number of sessions other than 0. */
export function checkAdjustment(quantity: number) {
  if (!Number.isInteger(quantity) || quantity === 0) {
    throw invalid(`quantity must be a whole number other than 0; got ${quantity}`)
  }
}

/** A new expiry as a valid date. */
export function parseExpiry(value: string | Date): Date {
  const expiresAt = new Date(value)
  if (Number.isNaN(expiresAt.getTime())) {
    throw invalid(`expires_at is not a valid date-time: "${String(value)}"`)
  }
  return expiresAt
}

/** A new expiry later than the current one and in the future. */
export function checkLaterExpiry(expiresAt: Date, current: Date) {
  if (expiresAt.getTime() <= new Date(current).getTime()) {
    throw invalid(
      `The new expiry (${day(expiresAt)}) must be after the current one (${day(current)})`
    )
  }
  if (expiresAt.getTime() <= Date.now()) {
    throw invalid(`The new expiry (${day(expiresAt)}) is in the past`)
  }
}
