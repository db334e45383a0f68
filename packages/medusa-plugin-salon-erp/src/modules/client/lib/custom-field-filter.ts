import { MedusaError } from "@medusajs/framework/utils"
import {
  type CustomFieldIssue,
  type CustomFieldValues,
  type FieldDefinition,
  describeIssues,
  normalizeCustomFieldValue,
} from "./custom-fields"

/** A condition for knex's `whereRaw(sql, bindings)`. */
export type JsonbCondition = { sql: string; bindings: string[] }

const COLUMN = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.every((item) => typeof item === "string" && !item.trim()))

/**
 * Checks the values of a custom field filter (`custom_fields[key]=value` in a query string) against
 * the definitions and normalizes each as it is stored: numbers from numeric text, booleans from
 * "true"/"false" (or yes/no, 1/0), dates as "YYYY-MM-DD", select values among the options, a
 * multi-select value as a list (several comma-separated values, or the parameter repeated, must
 * all be in the stored list). Keys without an active definition, blank values, and several values
 * for a field that holds one are issues naming the key.
 */
export function customFieldFilterValues(
  definitions: FieldDefinition[],
  filters: Record<string, unknown>
): { values: CustomFieldValues; issues: CustomFieldIssue[] } {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]))
  const values: CustomFieldValues = {}
  const issues: CustomFieldIssue[] = []
  for (const [key, raw] of Object.entries(filters)) {
    const definition = byKey.get(key)
    if (!definition) {
      issues.push({ key, message: "is not a defined custom field" })
      continue
    }
    if (!definition.is_active) {
      issues.push({ key, message: "is deactivated and cannot be filtered by" })
      continue
    }
    if (isBlank(raw)) {
      issues.push({ key, message: "needs a value to filter by" })
      continue
    }
    if (Array.isArray(raw) && definition.type !== "multi_select") {
      issues.push({ key, message: `takes one value to filter by, got ${raw.length}` })
      continue
    }
    const result = normalizeCustomFieldValue(definition, raw)
    if ("error" in result) issues.push({ key, message: result.error })
    else if (Array.isArray(result.value) && !result.value.length) {
      issues.push({ key, message: "needs a value to filter by" })
    } else values[key] = result.value
  }
  return { values, issues }
}

/**
 * The condition that a profile's custom field values match every filter: one jsonb containment
 * (`custom_fields @> '{"vip_level":"gold","interests":["nails"],"visits":2}'`), bound as a single
 * parameter. Containment compares text and dates as equal strings, numbers numerically (2 = 2.0),
 * booleans as booleans, and a list as "contains every given element". Null when there is nothing
 * to filter by. It can use a GIN index on the column.
 */
export function customFieldCondition(
  values: CustomFieldValues,
  column = "custom_fields"
): JsonbCondition | null {
  if (!COLUMN.test(column)) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Invalid column name: ${column}`)
  }
  if (!Object.keys(values).length) return null
  return { sql: `${column} @> ?::jsonb`, bindings: [JSON.stringify(values)] }
}

/**
 * Validates a custom field filter and builds its condition: a 400 (`invalid_data`) naming every
 * bad key and what is wrong, e.g. `custom_fields.vip_level (VIP level) must be one of: gold,
 * silver (got "bronze")`. Null when `filters` is empty.
 */
export function customFieldFilter(
  definitions: FieldDefinition[],
  filters: Record<string, unknown>,
  column = "custom_fields"
): JsonbCondition | null {
  const { values, issues } = customFieldFilterValues(definitions, filters)
  if (issues.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(definitions, issues))
  }
  return customFieldCondition(values, column)
}
