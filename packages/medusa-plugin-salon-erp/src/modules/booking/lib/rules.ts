import { MedusaError } from "@medusajs/framework/utils"
import type { BookingActor } from "../types"
import type { BranchSpec } from "./availability"
import type { BookingOptions } from "./options"
import { MINUTE_MS, daysBetween, describeInstant, isLocalDate, toLocal } from "./time"

/** Checks a search's local dates: well formed, in order, and no more days than allowed. */
export function checkSearchRange(from: string, to: string, maxSearchDays: number): void {
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ]) {
    if (!isLocalDate(value)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} must be a date as YYYY-MM-DD; got "${value}"`
      )
    }
  }
  if (to < from) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `to (${to}) is before from (${from})`)
  }
  if (daysBetween(from, to) + 1 > maxSearchDays) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A search covers at most ${maxSearchDays} days; ${from} to ${to} is ${daysBetween(from, to) + 1}`
    )
  }
}

/** The earliest and latest starts a search offers: customers get notice and horizon, staff from now. */
export function searchWindow(
  actor: BookingActor,
  options: BookingOptions,
  now: number
): { earliest: number; latest: number } {
  const customer = actor === "customer"
  return {
    earliest: customer ? now + options.min_notice_minutes * MINUTE_MS : now,
    latest: customer ? now + options.booking_horizon_days * 86_400_000 : Number.MAX_SAFE_INTEGER,
  }
}

/**
 * Refuses a start the actor may not book: in the past (staff may backdate a little), and for
 * customers too soon, too far out or off the slot grid. Imports may book any time.
 */
export function assertStartAllowed(
  start: number,
  branch: BranchSpec,
  actor: BookingActor,
  options: BookingOptions
): void {
  if (actor === "import") {
    return
  }
  const now = Date.now()
  const when = `${describeInstant(start, branch.timezone)} (${branch.timezone})`
  if (actor === "staff") {
    if (start < now - options.staff_backdate_minutes * MINUTE_MS) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${when} is in the past`)
    }
    return
  }
  if (start < now) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${when} is in the past`)
  }
  const earliest = now + options.min_notice_minutes * MINUTE_MS
  if (start < earliest) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Online bookings need ${options.min_notice_minutes} minutes' notice; the earliest start is ${describeInstant(earliest, branch.timezone)}`
    )
  }
  if (start > now + options.booking_horizon_days * 86_400_000) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Online bookings open ${options.booking_horizon_days} days ahead; ${when} is too far out`
    )
  }
  const local = toLocal(start, branch.timezone)
  if (
    local.minutes % options.slot_interval_minutes !== 0 ||
    new Date(start).getUTCSeconds() !== 0
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Appointments start on a ${options.slot_interval_minutes}-minute grid; ${when} is not on it`
    )
  }
}

/** Whether a customer may no longer cancel or move an appointment online. */
export function isWithinCutoff(startsAt: string | Date, cutoffHours: number): boolean {
  return new Date(startsAt).getTime() - Date.now() < cutoffHours * 3_600_000
}
