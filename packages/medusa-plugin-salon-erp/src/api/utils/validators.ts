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

/** An ISO 8601 instant; see `Instant`. Kept under its first name for the validators using it. */
export const DateTime = z.string().superRefine((value, ctx) => {
  const problem = instantProblem(value)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
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

/** Longest metadata key and string value, and deepest nesting, a metadata object takes. */
const METADATA_LIMITS = { key: 64, text: 10_000, depth: 5 }
const METADATA_KEY = new RegExp(`^[^\\u0000-\\u001F\\u007F-\\u009F]{1,${METADATA_LIMITS.key}}$`)

/** Why a metadata value cannot be stored (PostgreSQL's jsonb refuses NUL), or null. */
function metadataProblem(value: unknown, depth = 0): string | null {
  if (depth > METADATA_LIMITS.depth) return `nests deeper than ${METADATA_LIMITS.depth} levels`
  if (typeof value === "string") {
    if (value.includes("\u0000")) return "must not contain NUL characters"
    if (value.length > METADATA_LIMITS.text) {
      return `text is at most ${METADATA_LIMITS.text} characters (got ${value.length})`
    }
    return null
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = metadataProblem(item, depth + 1)
      if (problem) return problem
    }
    return null
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!METADATA_KEY.test(key))
        return `key "${key.slice(0, 20)}…" is not 1–64 characters without control characters`
      const problem = metadataProblem(item, depth + 1)
      if (problem) return problem
    }
  }
  return null
}

/** Any JSON value that can be stored: no NUL in its strings, strings and nesting bounded. */
export const StorableJson = z.unknown().superRefine((value, ctx) => {
  const problem = metadataProblem(value)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
})

/** Free-form metadata: keys of 1–64 characters, values any JSON without NUL, strings bounded. */
export const Metadata = z
  .record(
    z.string().regex(METADATA_KEY, "metadata keys are 1–64 characters, without control characters"),
    StorableJson
  )
  .nullish()

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

// ---------------------------------------------------------------------------------------------
// Building blocks every validator uses, so each route refuses bad input the same way. A message
// here says what is wrong; `namingFields` puts the field's name in front of it.
// ---------------------------------------------------------------------------------------------

/**
 * Control characters: NUL (which PostgreSQL refuses in text) and the other C0 and C1 controls.
 * Line breaks and tabs are allowed only in multi-line kinds (notes, reasons, long text).
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const LINE_BREAKS_AND_TABS = /[\t\n\r]/

/** The longest text each kind of field takes, in characters. */
export const TEXT_LIMITS = {
  /** codes, slugs, SKUs, currency-like identifiers */
  code: 64,
  /** names and titles of people, branches, services, plans */
  name: 200,
  /** idempotency keys and external references */
  key: 200,
  /** a reason for a refund, adjustment, cancellation */
  reason: 1000,
  /** notes and descriptions */
  note: 5000,
  /** message bodies and other long free text */
  long: 20000,
} as const

export type TextKind = keyof typeof TEXT_LIMITS

const MULTILINE_KINDS: TextKind[] = ["reason", "note", "long"]

/**
 * Text of one kind: trimmed, not empty (unless `min: 0`), no control characters, at most the
 * kind's length.
 */
export function Text(
  kind: TextKind,
  { min = 1, max = TEXT_LIMITS[kind] }: { min?: number; max?: number } = {}
) {
  const multiline = MULTILINE_KINDS.includes(kind)
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (CONTROL_CHARACTERS.test(value)) {
        ctx.addIssue({ code: "custom", message: "must not contain control characters (e.g. NUL)" })
      } else if (!multiline && LINE_BREAKS_AND_TABS.test(value)) {
        ctx.addIssue({ code: "custom", message: "must be one line (no line breaks or tabs)" })
      }
      if (value.length < min) {
        ctx.addIssue({
          code: "custom",
          message: min === 1 ? "must not be empty" : `must be at least ${min} characters`,
        })
      }
      if (value.length > max) {
        ctx.addIssue({
          code: "custom",
          message: `must be at most ${max} characters (got ${value.length})`,
        })
      }
    })
}

/** A client-chosen idempotency key: one line, 1–200 characters. */
export const IdempotencyKeyText = Text("key")

/** A phone number: digits with an optional leading +, spaces, dashes, dots and brackets. */
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ().-]{3,28}[0-9]$/, 'must be a phone number, e.g. "+86 138 0013 8000"')

/** An email address, lower-cased. */
export const Email = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address, e.g. "lin@example.com"')
  .transform((value) => value.toLowerCase())

/** Largest amount any money field accepts; fields with a tighter rule set their own. */
export const MONEY_LIMIT = 1_000_000_000

/**
 * A money amount in the currency's major unit (as Medusa stores prices): a number or a decimal
 * string, with at most `decimals` places and at most `max`; positive unless `allowZero`.
 */
export function MoneyAmount({
  max = MONEY_LIMIT,
  allowZero = false,
  decimals = 2,
}: { max?: number; allowZero?: boolean; decimals?: number } = {}) {
  const amountMessage = 'must be an amount: a number or a decimal string, e.g. 1200 or "1200.50"'
  return z.union([z.number(), z.string()], { message: amountMessage }).superRefine((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value.trim()
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: 'must be a decimal amount, e.g. 1200 or "1200.50"' })
      return
    }
    const places = text.split(".")[1]?.length ?? 0
    if (places > decimals) {
      ctx.addIssue({ code: "custom", message: `must have at most ${decimals} decimal places` })
    }
    const amount = Number(text)
    if (allowZero ? amount < 0 : amount <= 0) {
      ctx.addIssue({
        code: "custom",
        message: allowZero ? "must be zero or more" : "must be more than zero",
      })
    }
    if (amount > max) {
      ctx.addIssue({ code: "custom", message: `must be at most ${max}` })
    }
  })
}

/** A count of things (sessions, units): a whole number from `min` to `max`. */
export function Quantity({ min = 1, max = 10_000 }: { min?: number; max?: number } = {}) {
  return z
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
}

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/

/** Why `value` is not an ISO 8601 instant with a time zone on a real calendar date, or null. */
export function instantProblem(value: string): string | null {
  const match = INSTANT_PATTERN.exec(value)
  if (!match) {
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)
      ? `needs a time zone: "${value}Z" or "${value}+08:00"`
      : 'must be an ISO 8601 date-time with a time zone, e.g. "2026-11-23T10:00:00+08:00"'
  }
  const [, year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match
  if (!isLocalDate(`${year}-${month}-${day}`)) {
    return `${year}-${month}-${day} is not a calendar date`
  }
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) {
    return `${hour}:${minute}${second ? `:${second}` : ""} is not a time of day`
  }
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) {
    return "has an impossible time zone offset"
  }
  return null
}

/** An instant: ISO 8601 with `Z` or an offset, on a real calendar date and time of day. */
export const Instant = DateTime

/** An id of a given kind: `<prefix>_` then letters and digits, e.g. `cus_01J…`. */
export function Id(prefix: string, what: string) {
  const pattern = new RegExp(`^${prefix}_[0-9A-Za-z]{1,64}$`)
  return z.string().trim().regex(pattern, `must be ${what} id (${prefix}_…)`)
}

/** Prefixes of Medusa's own ids that salon routes take. */
export const MEDUSA_ID_PREFIXES = {
  customer: "cus",
  order: "order",
  product: "prod",
  variant: "variant",
  user: "user",
  stockLocation: "sloc",
  salesChannel: "sc",
  region: "reg",
} as const

/** Issue codes whose message Medusa's 400 shows as it is, without the field's name. */
const UNNAMED_CODES = new Set(["custom", "invalid_format", "invalid_union"])

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === "object"
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    input
  )
}

/**
 * Makes every 400 name the field: a custom check's message gets the field's name in front
 * ("name: must not contain control characters"), which Medusa's formatter leaves out for these;
 * other issues keep Medusa's own wording, which names the field already. Issues about values
 * that were sent come before those about missing fields, since Medusa shows only the first three.
 */
export function namingFields<Schema extends z.ZodType>(schema: Schema) {
  return z.unknown().transform((value, ctx): z.output<Schema> => {
    const result = schema.safeParse(value)
    if (result.success) return result.data
    const issues = [...result.error.issues].sort(
      (a, b) =>
        Number(valueAt(value, a.path) === undefined) - Number(valueAt(value, b.path) === undefined)
    )
    for (const issue of issues) {
      const field = issue.path.map(String).join(".")
      if (UNNAMED_CODES.has(issue.code) && field) {
        ctx.addIssue({ code: "custom", path: issue.path, message: `${field}: ${issue.message}` })
      } else {
        ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0])
      }
    }
    return z.NEVER
  })
}

/**
 * Schemas of uploaded file contents (CSV text, base64 attachments): exempt from the text kinds'
 * lengths (the input fuzz test reads this), bounded by their own size instead.
 */
export const FILE_CONTENT_SCHEMAS = new WeakSet<z.ZodType>()

/** Marks a schema as an uploaded file's content (see FILE_CONTENT_SCHEMAS). */
export function asFileContent<Schema extends z.ZodType>(schema: Schema): Schema {
  FILE_CONTENT_SCHEMAS.add(schema)
  return schema
}

/**
 * The text of an uploaded file: not empty, no control characters but line breaks and tabs, at
 * most `maxMegabytes` of text.
 */
export function FileContent(what: string, maxMegabytes: number) {
  const schema = z.string().superRefine((value, ctx) => {
    if (!value.trim()) ctx.addIssue({ code: "custom", message: `${what} is empty` })
    if (CONTROL_CHARACTERS.test(value)) {
      ctx.addIssue({ code: "custom", message: "must not contain control characters (e.g. NUL)" })
    }
    if (value.length > maxMegabytes * 1024 * 1024) {
      ctx.addIssue({
        code: "custom",
        message: `${what} is over ${maxMegabytes} MB; split the file`,
      })
    }
  })
  FILE_CONTENT_SCHEMAS.add(schema)
  return schema
}

/** One of `values`; the 400 lists them. */
export const OneOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.enum(values, { message: `${name} must be one of: ${values.join(", ")}` })

/** Text of a kind held to `max` characters, shorter than the kind's own limit. */
export const ShortText = (kind: TextKind, max: number) =>
  Text(kind).max(max, `must be at most ${max} characters`)

/** Optional text of a kind, at most `max` characters: blank becomes null. */
export const OptionalText = (kind: TextKind, max: number) =>
  Text(kind, { min: 0 })
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value || null)
    .nullish()

/** A list of short texts (allergies, services…): trimmed, blanks dropped, duplicates removed. */
export const TextList = (name: string, max = 50) =>
  z
    .array(Text("name", { min: 0 }), { message: `${name} must be a list of texts` })
    .max(max, `${name} has at most ${max} entries`)
    .transform((list) => [...new Set(list.filter(Boolean))])

/** `limit` (1 to `maxLimit`, 50 by default) and `offset` query parameters. */
export const Pagination = (maxLimit: number) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit, `limit is at most ${maxLimit}`).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const BranchId = Id("brch", "a branch")
export const StaffMemberId = Id("stf", "a staff member")

/** A score `name` gives, a whole number from `min` to `max`. */
export const Score = (name: string, min: number, max: number) =>
  z
    .number({ message: `${name} is a whole number from ${min} to ${max}` })
    .refine(
      (value) => Number.isInteger(value) && value >= min && value <= max,
      `${name} is a whole number from ${min} to ${max}`
    )

/** A rating of 1 to 5 stars. */
export const Rating = (name: string) => Score(name, 1, 5)
