/**
 * Wall-clock arithmetic in a branch's IANA time zone, with Node's built-in Intl data.
 * Local dates are "YYYY-MM-DD", local times "HH:MM" or minutes since local midnight.
 */

const MINUTE = 60_000
const DAY = 86_400_000

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** True when Intl knows the zone (e.g. "Asia/Shanghai"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

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

type LocalParts = { date: string; minutes: number; weekday: number }

const QUARTER_HOUR = 15 * MINUTE
const offsetCache = new Map<string, Map<number, number>>()

/**
 * Offset of the zone from UTC at an instant, in minutes (Shanghai: +480). Offsets are multiples
 * of 15 minutes and change only on quarter-hour instants, so one answer per quarter hour is
 * exact; caching it keeps availability searches fast (Intl is slow).
 */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone)
  if (!zone) {
    zone = new Map()
    offsetCache.set(timeZone, zone)
  }
  const bucket = Math.floor(instant / QUARTER_HOUR)
  const cached = zone.get(bucket)
  if (cached !== undefined) {
    return cached
  }
  const parts = formatterFor(timeZone).formatToParts(new Date(bucket * QUARTER_HOUR))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second")
  )
  const offset = Math.round((asUtc - bucket * QUARTER_HOUR) / MINUTE)
  if (zone.size > 200_000) zone.clear()
  zone.set(bucket, offset)
  return offset
}

/** The zone's wall clock at an instant: local date, minutes since midnight, ISO weekday. */
export function toLocal(instant: number, timeZone: string): LocalParts {
  const local = instant + zoneOffsetMinutes(instant, timeZone) * MINUTE
  const date = new Date(local)
  const isoDate = date.toISOString().slice(0, 10)
  return {
    date: isoDate,
    minutes: date.getUTCHours() * 60 + date.getUTCMinutes(),
    weekday: isoWeekday(isoDate),
  }
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

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number)
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return day === 0 ? 7 : day
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
