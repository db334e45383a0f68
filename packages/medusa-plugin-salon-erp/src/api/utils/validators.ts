import { z } from "@medusajs/framework/zod"
import { isLocalDate, isValidTimeZone } from "../../modules/booking/lib/time"

/** "HH:MM", 24-hour; "24:00" ends a day. */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  message: 'Use a 24-hour time as "HH:MM", e.g. "09:30"',
})

/** "YYYY-MM-DD", a real calendar date. */
export const LocalDate = z
  .string()
  .refine(isLocalDate, { message: 'Use a date as "YYYY-MM-DD", e.g. "2026-11-23"' })

export const TimeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'Use an IANA time zone, e.g. "Asia/Shanghai"' })

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z
  .number()
  .int()
  .min(1, "weekday is 1 (Monday) to 7 (Sunday)")
  .max(7, "weekday is 1 (Monday) to 7 (Sunday)")

/** An ISO 8601 date-time with an offset or Z, e.g. "2026-11-23T10:00:00+08:00". */
export const DateTime = z
  .string()
  .refine((value) => /T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'Use an ISO 8601 date-time with a time zone, e.g. "2026-11-23T10:00:00+08:00"',
  })

/** One id or several (repeated or comma-separated query parameter) → string[]. */
export const IdList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(",")).map((id) => id.trim()).filter(Boolean)
  )

/** A query-string boolean: "true" / "false". */
export const QueryBoolean = z
  .union([z.boolean(), z.enum(["true", "false"])])
  .transform((value) => value === true || value === "true")

export const Metadata = z.record(z.string(), z.unknown()).nullish()

type Interval = { from: string; to: string }

/** Issues for intervals whose end is not after their start, or that overlap on one weekday. */
export function intervalIssues<T>(
  entries: T[],
  pick: (entry: T) => Interval & { weekday: number },
  labels: { from: string; to: string }
): { index: number; message: string }[] {
  const issues: { index: number; message: string }[] = []
  entries.forEach((entry, index) => {
    const { from, to } = pick(entry)
    if (from >= to) {
      issues.push({ index, message: `${labels.to} (${to}) must be after ${labels.from} (${from})` })
    }
  })
  const byDay = new Map<number, { index: number; from: string; to: string }[]>()
  entries.forEach((entry, index) => {
    const { weekday, from, to } = pick(entry)
    byDay.set(weekday, [...(byDay.get(weekday) ?? []), { index, from, to }])
  })
  for (const [weekday, list] of byDay) {
    const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from))
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].from < sorted[i - 1].to) {
        issues.push({
          index: sorted[i].index,
          message: `${sorted[i].from}–${sorted[i].to} overlaps ${sorted[i - 1].from}–${sorted[i - 1].to} on weekday ${weekday}`,
        })
      }
    }
  }
  return issues
}
