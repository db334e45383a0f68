import type { CustomFieldType } from "./constants"

/** The parts of a custom field definition validation looks at. */
export type FieldDefinition = {
  key: string
  label: string
  type: CustomFieldType
  required: boolean
  options: string[]
  is_active: boolean
}

export type CustomFieldValue = string | number | boolean | string[]
export type CustomFieldValues = Record<string, CustomFieldValue>

/** One problem with a submitted value, naming the field. */
export type CustomFieldIssue = { key: string; message: string }

const MAX_TEXT = 2000
const TRUE = new Set(["true", "yes", "1"])
const FALSE = new Set(["false", "no", "0"])

/** Whether "YYYY-MM-DD" is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0)

/**
 * Normalizes one value for its definition: numbers from numeric strings, booleans from
 * "true"/"yes"/"1" (and their opposites), dates as "YYYY-MM-DD" (the date part of an ISO
 * date-time is taken), select values checked against the options, multi-select values
 * de-duplicated. Returns the value or a message saying what is wrong.
 */
export function normalizeCustomFieldValue(
  definition: FieldDefinition,
  value: unknown
): { value: CustomFieldValue } | { error: string } {
  switch (definition.type) {
    case "text": {
      if (typeof value !== "string" && typeof value !== "number") {
        return { error: "must be text" }
      }
      const text = String(value).trim()
      if (text.length > MAX_TEXT) return { error: `is at most ${MAX_TEXT} characters` }
      return { value: text }
    }
    case "number": {
      const number =
        typeof value === "number"
          ? value
          : typeof value === "string" && value.trim() !== ""
            ? Number(value.trim())
            : NaN
      if (!Number.isFinite(number))
        return { error: `must be a number, got ${JSON.stringify(value)}` }
      return { value: number }
    }
    case "date": {
      const text = typeof value === "string" ? value.trim() : ""
      const date = /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text
      if (!isCalendarDate(date)) {
        return { error: `must be a date as "YYYY-MM-DD", got ${JSON.stringify(value)}` }
      }
      return { value: date }
    }
    case "boolean": {
      if (typeof value === "boolean") return { value }
      const text = String(value).trim().toLowerCase()
      if ((typeof value === "string" || typeof value === "number") && TRUE.has(text)) {
        return { value: true }
      }
      if ((typeof value === "string" || typeof value === "number") && FALSE.has(text)) {
        return { value: false }
      }
      return { error: `must be true or false, got ${JSON.stringify(value)}` }
    }
    case "select": {
      if (typeof value !== "string" || !definition.options.includes(value.trim())) {
        return {
          error: `must be one of: ${definition.options.join(", ")} (got ${JSON.stringify(value)})`,
        }
      }
      return { value: value.trim() }
    }
    case "multi_select": {
      const list = typeof value === "string" ? value.split(",") : value
      if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
        return { error: "must be a list of options" }
      }
      const items = [...new Set((list as string[]).map((item) => item.trim()).filter(Boolean))]
      const unknown = items.filter((item) => !definition.options.includes(item))
      if (unknown.length) {
        return {
          error: `has ${unknown.map((item) => JSON.stringify(item)).join(", ")}, not among the options: ${definition.options.join(", ")}`,
        }
      }
      return { value: items }
    }
  }
}

/**
 * Validates submitted custom field values against the definitions and merges them over the
 * stored ones. A blank value (null, "", []) clears a field. Keys without an active definition
 * are refused; every active required field must have a value after the merge.
 */
export function applyCustomFields(
  definitions: FieldDefinition[],
  stored: Record<string, unknown>,
  submitted: Record<string, unknown>
): { values: CustomFieldValues; issues: CustomFieldIssue[] } {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]))
  const values = { ...stored } as CustomFieldValues
  const issues: CustomFieldIssue[] = []
  for (const [key, raw] of Object.entries(submitted)) {
    const definition = byKey.get(key)
    if (!definition || !definition.is_active) {
      issues.push({
        key,
        message: definition ? "is deactivated and cannot be set" : "is not a defined custom field",
      })
      continue
    }
    if (isBlank(raw)) {
      delete values[key]
      continue
    }
    const result = normalizeCustomFieldValue(definition, raw)
    if ("error" in result) issues.push({ key, message: result.error })
    else values[key] = result.value
  }
  for (const definition of definitions) {
    if (definition.is_active && definition.required && isBlank(values[definition.key])) {
      if (!issues.some((issue) => issue.key === definition.key)) {
        issues.push({ key: definition.key, message: "is required" })
      }
    }
  }
  return { values, issues }
}

/** One message for a list of issues: `custom_fields.wedding_date (Wedding date) must be …`. */
export function describeIssues(definitions: FieldDefinition[], issues: CustomFieldIssue[]) {
  const labels = new Map(definitions.map((definition) => [definition.key, definition.label]))
  return issues
    .map(({ key, message }) => {
      const label = labels.get(key)
      return `custom_fields.${key}${label ? ` (${label})` : ""} ${message}`
    })
    .join("; ")
}

/** Whether a stored value uses an option (select equal, multi-select containing it). */
export function valueUsesOption(value: unknown, option: string): boolean {
  return Array.isArray(value) ? value.includes(option) : value === option
}
