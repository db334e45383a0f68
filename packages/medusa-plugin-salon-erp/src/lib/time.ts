/**
 * Time-zone arithmetic shared by the plugin's modules, with Node's built-in Intl data: the
 * offset of a zone at an instant and the zone's wall clock. Local dates are "YYYY-MM-DD".
 */

const MINUTE = 60_000

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

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number)
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return day === 0 ? 7 : day
}
