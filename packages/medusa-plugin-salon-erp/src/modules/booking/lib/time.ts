/**
 * Wall-clock arithmetic in a branch's IANA time zone, with Node's built-in Intl data.
 * Local dates are "YYYY-MM-DD", local times "HH:MM" or minutes since local midnight.
 */

import { toLocal, zoneOffsetMinutes } from "../../../lib/time"

// The zone offset and wall clock are plugin-wide (src/lib/time.ts), shared with other modules.
export { isValidTimeZone, isoWeekday, toLocal, zoneOffsetMinutes } from "../../../lib/time"

const MINUTE = 60_000
const DAY = 86_400_000

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

export function isLocalTime(value: string): boolean {
  return TIME_PATTERN.test(value)
}

export function isLocalDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false
  const [y, m, d] = value.split("-").map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** "HH:MM" → minutes since midnight ("24:00" → 1440). */
export function timeToMinutes(value: string): number {
  const [h, m] = value.split(":").map(Number)
  return h * 60 + m
}

/** Minutes since midnight → "HH:MM". */
export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`
}

/**
 * The instant at which the zone's wall clock shows `minutes` past midnight of `date`. In a
 * spring-forward gap the later valid instant is used; in a fall-back overlap, the earlier one.
 */
export function fromLocal(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number)
  const wall = Date.UTC(y, m - 1, d) + minutes * MINUTE
  const firstGuess = wall - zoneOffsetMinutes(wall, timeZone) * MINUTE
  const offset = zoneOffsetMinutes(firstGuess, timeZone)
  const instant = wall - offset * MINUTE
  const check = zoneOffsetMinutes(instant, timeZone)
  return check === offset ? instant : wall - check * MINUTE
}

/** The local date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split("-").map(Number)
  const [y2, m2, d2] = to.split("-").map(Number)
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY)
}

/** Local dates from `from` to `to`, inclusive. */
export function eachDate(from: string, to: string): string[] {
  const dates: string[] = []
  for (let date = from; date <= to; date = addDays(date, 1)) {
    dates.push(date)
  }
  return dates
}

/** "2026-11-23 10:00 (Asia/Shanghai)": how error messages name a time. */
export function describeInstant(instant: number, timeZone: string): string {
  const local = toLocal(instant, timeZone)
  return `${local.date} ${minutesToTime(local.minutes)}`
}

export const MINUTE_MS = MINUTE
