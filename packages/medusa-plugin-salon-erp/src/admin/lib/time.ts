/**
 * Wall-time helpers. The API speaks ISO instants; people think in the branch's local time,
 * which may differ from the browser's, so every conversion names the branch time zone.
 */

export const WEEKDAYS = [
  { value: 1, label: "Monday", short: "Mon" },
  { value: 2, label: "Tuesday", short: "Tue" },
  { value: 3, label: "Wednesday", short: "Wed" },
  { value: 4, label: "Thursday", short: "Thu" },
  { value: 5, label: "Friday", short: "Fri" },
  { value: 6, label: "Saturday", short: "Sat" },
  { value: 7, label: "Sunday", short: "Sun" },
] as const

const formatters = new Map<string, Intl.DateTimeFormat>()

const partsFormatter = (timeZone: string) => {
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
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const pad = (n: number) => String(n).padStart(2, "0")

/** Local date ("YYYY-MM-DD"), time ("HH:MM") and minutes since local midnight of an instant. */
export const zonedParts = (instant: string | number | Date, timeZone: string) => {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant))
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0)
  const hour = get("hour") % 24
  const minute = get("minute")
  return {
    date: `${get("year")}-${pad(get("month"))}-${pad(get("day"))}`,
    time: `${pad(hour)}:${pad(minute)}`,
    minutes: hour * 60 + minute,
  }
}

const dateParts = (date: string) => date.split("-").map(Number) as [number, number, number]

/** Minutes the zone is ahead of UTC at an instant. */
const offsetMinutes = (instant: number, timeZone: string) => {
  const { date, minutes } = zonedParts(instant, timeZone)
  const [y, m, d] = dateParts(date)
  const asUtc = Date.UTC(y, m - 1, d) + minutes * 60_000
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000)
}

/** The instant (ms) of a wall time in a zone; re-checks the offset once for DST changes. */
export const zonedToInstant = (date: string, time: string, timeZone: string) => {
  const [y, m, d] = dateParts(date)
  const [hh, mm] = time.split(":").map(Number)
  const guess = Date.UTC(y, m - 1, d, hh, mm)
  const first = guess - offsetMinutes(guess, timeZone) * 60_000
  const second = guess - offsetMinutes(first, timeZone) * 60_000
  return second
}

/** ISO instant of a wall time at a branch, as the API expects it. */
export const zonedToIso = (date: string, time: string, timeZone: string) =>
  new Date(zonedToInstant(date, time, timeZone)).toISOString()

/** Whole days from `a` to `b` (both "YYYY-MM-DD"). */
export const daysBetween = (a: string, b: string) => {
  const [ay, am, ad] = dateParts(a)
  const [by, bm, bd] = dateParts(b)
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000)
}

/** Wall-clock minutes of an instant counted from the local midnight starting `date`. */
export const minutesIntoDay = (instant: string | number, date: string, timeZone: string) => {
  const parts = zonedParts(instant, timeZone)
  return daysBetween(date, parts.date) * 1440 + parts.minutes
}

export const addDays = (date: string, days: number) => {
  const [y, m, d] = dateParts(date)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

export const todayIn = (timeZone: string) => zonedParts(Date.now(), timeZone).date

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string) => {
  const [y, m, d] = dateParts(date)
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1
}

/** "HH:MM" → minutes since midnight. */
export const timeToMinutes = (time: string) => {
  const [hh, mm] = time.split(":").map(Number)
  return hh * 60 + mm
}

export const minutesToTime = (minutes: number) =>
  `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`

export const formatTime = (instant: string | number, timeZone: string) =>
  zonedParts(instant, timeZone).time

/** A local date as "Mon, 23 Nov 2026". */
export const formatDate = (date: string, weekday: "short" | "long" = "short") => {
  const [y, m, d] = dateParts(date)
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday,
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(new Date(Date.UTC(y, m - 1, d)))
}

/** An instant as "Mon, 23 Nov 2026 · 10:00" in the given zone. */
export const formatDateTime = (instant: string, timeZone: string) => {
  const parts = zonedParts(instant, timeZone)
  return `${formatDate(parts.date)} · ${parts.time}`
}

/** "10:00–11:15" for an interval at a branch. */
export const formatRange = (startsAt: string, endsAt: string, timeZone: string) =>
  `${formatTime(startsAt, timeZone)}–${formatTime(endsAt, timeZone)}`

/** Date pickers work with browser-local Dates; the API with "YYYY-MM-DD". */
export const dateToLocalString = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

export const localStringToDate = (date: string) => {
  const [y, m, d] = dateParts(date)
  return new Date(y, m - 1, d)
}

export const isLocalDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

const FALLBACK_ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Europe/London",
  "Europe/Paris",
  "America/New_York",
  "America/Los_Angeles",
  "UTC",
]

/** IANA zones the browser knows, for the branch time-zone field. */
export const timeZones = (): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  try {
    return intl.supportedValuesOf?.("timeZone") ?? FALLBACK_ZONES
  } catch {
    return FALLBACK_ZONES
  }
}

export const isValidTimeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone })
    return true
  } catch {
    return false
  }
}

/** "1 h 15 min" for a number of minutes. */
export const formatMinutes = (minutes: number) => {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (!h) return `${m} min`
  return m ? `${h} h ${m} min` : `${h} h`
}
