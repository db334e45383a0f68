import {
  CLIENT_SOURCES,
  GENDERS,
  HEALTH_FIELDS,
  SKIN_TYPES,
} from "../../../modules/client/lib/constants"
import {
  type CustomFieldValue,
  type FieldDefinition,
  isCalendarDate,
  normalizeCustomFieldValue,
} from "../../../modules/client/lib/custom-fields"
import type { CsvRecord } from "../../../modules/client/lib/import/csv"
import { hasTooManyDecimals } from "../../../modules/stored-value/lib/money"
import { type TemplateForSale, packageTerms } from "../../service-package/terms"
import { type ColumnMap, LIST_SEPARATOR, type PackageField, packageColumn } from "./columns"

/** One problem of an import file, where a spreadsheet user finds it. */
export type ImportIssue = {
  line: number
  column: string | null
  value: string | null
  message: string
}

/** Named things a cell may refer to, by id or by name (lower case). */
export type NameIndex = { ids: Set<string>; names: Map<string, string[]> }

/** What rows are checked against; loaded once per run. */
export type ImportLookups = {
  definitions: FieldDefinition[]
  branches: NameIndex
  staff: NameIndex
  /** Tags by lower-case name. */
  tags: Map<string, { id: string; name: string; kind: "manual" | "automatic" }>
  /** Package templates by id and by lower-case name. */
  templates: Map<string, TemplateForSale[]>
  default_currency: string
  default_refund_fee_percent: number
  now: Date
}

export type ImportedPackage = {
  column: string
  template_id: string
  name: string
  currency_code: string
  price_paid: number
  branch_scope: TemplateForSale["branch_scope"]
  allocation_method: TemplateForSale["allocation_method"]
  refund_fee_percent: number
  purchased_at: string
  expires_at: string
  items: {
    salon_service_id: string
    service_name: string
    sessions: number
    remaining: number
    allocated_amount: number
  }[]
}

/** A row that passed every check that needs no database: what it sets, normalised. */
export type ImportedClient = {
  line: number
  email: string | null
  phone: string | null
  first_name: string | null
  last_name: string | null
  /** Profile columns the row sets (blank cells leave stored values alone). */
  profile: Record<string, unknown>
  custom_fields: Record<string, CustomFieldValue>
  /** Tag names (existing tags keep their spelling). */
  tags: string[]
  stored_value: {
    currency_code: string
    principal_amount: string
    bonus_amount: string
    bonus_expires_at: string | null
  } | null
  packages: ImportedPackage[]
}

const HEALTH_COLUMNS = new Set<string>(HEALTH_FIELDS)
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MAX_TEXT = 2000
const MAX_NAME = 200

/** Phone as stored and matched: "+" and digits only. */
export const normalizePhone = (value: string) => {
  const trimmed = value.trim()
  return (trimmed.startsWith("+") ? "+" : "") + trimmed.replace(/\D/g, "")
}

const splitList = (value: string) => [
  ...new Set(
    value
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter(Boolean)
  ),
]

const enumValue = <T extends string>(allowed: readonly T[], value: string): T | null => {
  const normalized = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")
  return (allowed as readonly string[]).includes(normalized) ? (normalized as T) : null
}

/** "YYYY-MM-DD" or an ISO date-time, as a Date (a date alone is midnight UTC). */
const parseDate = (value: string): Date | null => {
  const text = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return isCalendarDate(text) ? new Date(`${text}T00:00:00.000Z`) : null
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && isCalendarDate(text.slice(0, 10))) {
    const date = new Date(text)
    return Number.isNaN(date.getTime()) ? null : date
  }
  return null
}

const DATE_HINT = 'a date as "YYYY-MM-DD"'

/**
 * Resolves a branch or staff member given by id or by name; a name two records share is
 * ambiguous and must be given by id.
 */
const resolveName = (index: NameIndex, value: string, what: string) => {
  const text = value.trim()
  if (index.ids.has(text)) return { id: text }
  const matches = index.names.get(text.toLowerCase()) ?? []
  if (matches.length === 1) return { id: matches[0] }
  if (matches.length > 1) {
    return {
      error: `names ${matches.length} ${what}s; give the id instead (${matches.join(", ")})`,
    }
  }
  return { error: `names no ${what}` }
}

/**
 * Checks one record against the columns and lookups, with every problem reported against its
 * column. Returns the normalised row, or null when the row has errors.
 */
export function readRow(
  record: CsvRecord,
  map: ColumnMap,
  lookups: ImportLookups
): { row: ImportedClient | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  const cell = (index: number | undefined) =>
    index === undefined ? "" : (record.cells[index] ?? "").trim()
  const field = (name: string) => cell(map.fields.get(name))
  // The report outlives the file: it never repeats a health value.
  const fail = (column: string, value: string | null, message: string) =>
    issues.push({
      line: record.line,
      column,
      value: HEALTH_COLUMNS.has(column) ? null : value,
      message,
    })

  const extra = record.cells.slice(map.width).filter((value) => value.trim() !== "")
  if (extra.length) {
    // Reading on would shift every later value into the wrong column.
    fail(
      `#${map.width + 1}`,
      extra[0],
      `the row has ${record.cells.length} cells but the header names ${map.width} columns: a value with a comma must be in double quotes`
    )
    return { row: null, issues }
  }

  const row: ImportedClient = {
    line: record.line,
    email: null,
    phone: null,
    first_name: null,
    last_name: null,
    profile: {},
    custom_fields: {},
    tags: [],
    stored_value: null,
    packages: [],
  }

  const email = field("email")
  if (email) {
    if (EMAIL.test(email) && email.length <= 254) row.email = email.toLowerCase()
    else fail("email", email, "is not an email address")
  }
  const phone = field("phone")
  if (phone) {
    const normalized = normalizePhone(phone)
    const digits = normalized.replace("+", "").length
    if (digits >= 6 && digits <= 15 && !/[a-z]/i.test(phone)) row.phone = normalized
    else fail("phone", phone, "is not a phone number (6 to 15 digits, optionally with a leading +)")
  }
  if (!email && !phone) {
    fail("email", null, "a row needs an email or a phone to find or create the customer")
  }
  for (const name of ["first_name", "last_name"] as const) {
    const value = field(name)
    if (!value) continue
    if (value.length > MAX_NAME) fail(name, value, `is at most ${MAX_NAME} characters`)
    else row[name] = value
  }

  // Profile
  const gender = field("gender")
  if (gender) {
    const value = enumValue(GENDERS, gender)
    if (value) row.profile.gender = value
    else fail("gender", gender, `must be one of: ${GENDERS.join(", ")}`)
  }
  const skinType = field("skin_type")
  if (skinType) {
    const value = enumValue(SKIN_TYPES, skinType)
    if (value) row.profile.skin_type = value
    else fail("skin_type", skinType, `must be one of: ${SKIN_TYPES.join(", ")}`)
  }
  const source = field("source")
  if (source) {
    const value = enumValue(CLIENT_SOURCES, source)
    if (value) row.profile.source = value
    else fail("source", source, `must be one of: ${CLIENT_SOURCES.join(", ")}`)
  }
  const birthday = field("birthday")
  if (birthday) {
    const date = parseDate(birthday)
    if (!date || birthday.length !== 10) fail("birthday", birthday, `must be ${DATE_HINT}`)
    else if (date > lookups.now) fail("birthday", birthday, "is in the future")
    else row.profile.birthday = birthday
  }
  for (const name of ["skin_concerns", "allergies", "contraindications"] as const) {
    const value = field(name)
    if (!value) continue
    const list = splitList(value)
    if (list.some((item) => item.length > 200))
      fail(name, value, "has an entry over 200 characters")
    else row.profile[name] = list
  }
  for (const name of ["health_notes", "preferences_text", "consent_version"] as const) {
    const value = field(name)
    if (!value) continue
    if (value.length > MAX_TEXT) fail(name, null, `is at most ${MAX_TEXT} characters`)
    else row.profile[name] = value
  }
  const consentAt = field("consent_given_at")
  if (consentAt) {
    const date = parseDate(consentAt)
    if (!date) fail("consent_given_at", consentAt, `must be ${DATE_HINT} or an ISO date-time`)
    else if (date > lookups.now) fail("consent_given_at", consentAt, "is in the future")
    else if (!field("consent_version")) {
      fail("consent_given_at", consentAt, "needs consent_version: which consent text was accepted")
    } else row.profile.consent_given_at = date.toISOString()
  }
  const homeBranch = field("home_branch")
  if (homeBranch) {
    const found = resolveName(lookups.branches, homeBranch, "branch")
    if ("id" in found) row.profile.home_branch_id = found.id
    else fail("home_branch", homeBranch, found.error!)
  }
  const preferredStaff = field("preferred_staff")
  if (preferredStaff) {
    const ids: string[] = []
    for (const name of splitList(preferredStaff)) {
      const found = resolveName(lookups.staff, name, "staff member")
      if ("id" in found) ids.push(found.id!)
      else fail("preferred_staff", name, found.error!)
    }
    row.profile.preferred_staff_member_ids = [...new Set(ids)]
  }
  const tags = field("tags")
  if (tags) {
    for (const name of splitList(tags)) {
      const tag = lookups.tags.get(name.toLowerCase())
      if (name.length > 100) fail("tags", name, "is over 100 characters")
      else if (tag?.kind === "automatic") {
        fail("tags", name, "is an automatic tag; its rule assigns it, an import cannot")
      } else row.tags.push(tag?.name ?? name)
    }
  }

  // Custom fields (values only: required fields are checked against the stored profile later)
  const definitions = new Map(lookups.definitions.map((definition) => [definition.key, definition]))
  for (const [key, index] of map.custom_fields) {
    const value = cell(index)
    if (!value) continue
    const definition = definitions.get(key)!
    const result = normalizeCustomFieldValue(
      definition,
      definition.type === "multi_select" ? splitList(value) : value
    )
    if ("error" in result) fail(`custom.${key}`, value, `(${definition.label}) ${result.error}`)
    else row.custom_fields[key] = result.value
  }

  readStoredValue(field, fail, lookups, row)
  for (const [slot, fields] of [...map.packages].sort(([a], [b]) => a - b)) {
    const pkg = readPackage(slot, (name) => cell(fields.get(name)), fail, lookups)
    if (pkg) row.packages.push(pkg)
  }
  return { row: issues.length ? null : row, issues }
}

function readStoredValue(
  field: (name: string) => string,
  fail: (column: string, value: string | null, message: string) => void,
  lookups: ImportLookups,
  row: ImportedClient
) {
  const principal = field("stored_value_principal")
  const bonus = field("stored_value_bonus")
  const expires = field("stored_value_bonus_expires_at")
  const currencyCell = field("stored_value_currency")
  if (!principal && !bonus) {
    if (expires)
      fail("stored_value_bonus_expires_at", expires, "is set but there is no stored_value_bonus")
    return
  }
  const currency = (currencyCell || lookups.default_currency).toLowerCase()
  if (!/^[a-z]{3}$/.test(currency)) {
    fail("stored_value_currency", currencyCell, "must be a 3-letter currency code such as CNY")
    return
  }
  const amounts: Record<"principal" | "bonus", string> = { principal: "0", bonus: "0" }
  let ok = true
  for (const [name, value] of [
    ["principal", principal],
    ["bonus", bonus],
  ] as const) {
    if (!value) continue
    const column = `stored_value_${name}`
    if (!/^\d+(\.\d+)?$/.test(value)) {
      fail(
        column,
        value,
        "must be an amount of zero or more, such as 1200 or 99.50 (no currency sign)"
      )
      ok = false
    } else if (hasTooManyDecimals(value, currency)) {
      fail(column, value, `has more decimals than ${currency.toUpperCase()} allows`)
      ok = false
    } else {
      amounts[name] = value
    }
  }
  let bonusExpiresAt: string | null = null
  if (expires) {
    const date = parseDate(expires)
    if (!date) {
      fail("stored_value_bonus_expires_at", expires, `must be ${DATE_HINT}`)
      ok = false
    } else if (date <= lookups.now) {
      fail(
        "stored_value_bonus_expires_at",
        expires,
        "is in the past: an expired bonus is not carried over"
      )
      ok = false
    } else bonusExpiresAt = date.toISOString()
  }
  if (ok && Number(amounts.principal) === 0 && Number(amounts.bonus) === 0) return
  if (ok) {
    row.stored_value = {
      currency_code: currency,
      principal_amount: amounts.principal,
      bonus_amount: amounts.bonus,
      bonus_expires_at: bonusExpiresAt,
    }
  }
}

function readPackage(
  slot: number,
  cell: (field: PackageField) => string,
  fail: (column: string, value: string | null, message: string) => void,
  lookups: ImportLookups
): ImportedPackage | null {
  const column = (field: PackageField) => packageColumn(field, slot)
  const templateCell = cell("template")
  const remainingCell = cell("sessions_remaining")
  const purchasedCell = cell("purchased_at")
  const expiresCell = cell("expires_at")
  const priceCell = cell("price_paid")
  if (!templateCell) {
    if (remainingCell || purchasedCell || expiresCell || priceCell) {
      fail(column("template"), null, "is needed: the row has other package cells")
    }
    return null
  }
  const candidates =
    lookups.templates.get(templateCell) ?? lookups.templates.get(templateCell.toLowerCase()) ?? []
  if (candidates.length !== 1) {
    fail(
      column("template"),
      templateCell,
      candidates.length
        ? `names ${candidates.length} package templates; give the id instead`
        : "names no package template"
    )
    return null
  }
  const template = candidates[0]
  let ok = true

  // Remaining sessions: a number for a one-service package, else "Service: n; Service: n".
  const remaining = new Map<string, number>()
  if (!remainingCell) {
    fail(column("sessions_remaining"), null, "is needed: how many sessions the customer still has")
    ok = false
  } else if (/^\d+$/.test(remainingCell)) {
    if (template.items.length !== 1) {
      fail(
        column("sessions_remaining"),
        remainingCell,
        `${template.name} has ${template.items.length} services; give each as "${template.items.map((item) => `${item.service_name}: n`).join("; ")}"`
      )
      ok = false
    } else remaining.set(template.items[0].salon_service_id, Number(remainingCell))
  } else {
    for (const part of splitList(remainingCell)) {
      const match = /^(.+?):\s*(\d+)$/.exec(part)
      const item =
        match &&
        template.items.find(
          (candidate) =>
            candidate.service_name.toLowerCase() === match[1].trim().toLowerCase() ||
            candidate.salon_service_id === match[1].trim()
        )
      if (!match) {
        fail(column("sessions_remaining"), part, 'must be a number or "Service: n; Service: n"')
        ok = false
      } else if (!item) {
        fail(
          column("sessions_remaining"),
          part,
          `${match[1].trim()} is not a service of ${template.name} (${template.items.map((i) => i.service_name).join(", ")})`
        )
        ok = false
      } else remaining.set(item.salon_service_id, Number(match[2]))
    }
  }
  for (const item of template.items) {
    const left = remaining.get(item.salon_service_id) ?? 0
    if (left > item.sessions) {
      fail(
        column("sessions_remaining"),
        remainingCell,
        `${item.service_name}: ${left} sessions left is more than the ${item.sessions} of ${template.name}`
      )
      ok = false
    }
  }
  if (ok && ![...remaining.values()].some((left) => left > 0)) {
    fail(
      column("sessions_remaining"),
      remainingCell,
      "no sessions left: only open packages are imported"
    )
    ok = false
  }

  const purchasedAt = purchasedCell ? parseDate(purchasedCell) : lookups.now
  if (!purchasedAt) {
    fail(column("purchased_at"), purchasedCell, `must be ${DATE_HINT}`)
    ok = false
  } else if (purchasedAt > lookups.now) {
    fail(column("purchased_at"), purchasedCell, "is in the future")
    ok = false
  }
  let pricePaid = template.list_price
  if (priceCell) {
    if (!/^\d+(\.\d{1,2})?$/.test(priceCell)) {
      fail(
        column("price_paid"),
        priceCell,
        "must be an amount of zero or more, such as 1980 or 99.50"
      )
      ok = false
    } else pricePaid = Number(priceCell)
  } else if (pricePaid === null) {
    fail(
      column("price_paid"),
      null,
      `is needed: ${template.name} has no price in ${template.currency_code.toUpperCase()} to default to`
    )
    ok = false
  }
  let expiresAt: Date | null = null
  if (expiresCell) {
    expiresAt = parseDate(expiresCell)
    if (!expiresAt) {
      fail(column("expires_at"), expiresCell, `must be ${DATE_HINT}`)
      ok = false
    }
  }
  if (!ok || !purchasedAt) return null

  let terms: ReturnType<typeof packageTerms>
  try {
    // The file's own expiry counts over the template's (a fixed date may have passed since).
    const templateTerms = expiresAt
      ? { ...template, validity_days: 1, valid_until: null }
      : template
    terms = packageTerms(templateTerms, pricePaid!, purchasedAt, lookups.default_refund_fee_percent)
  } catch (error) {
    fail(
      column(expiresAt ? "template" : "expires_at"),
      expiresCell || templateCell,
      (error as Error).message
    )
    return null
  }
  const expires = expiresAt ?? new Date(terms.expires_at)
  if (expires <= lookups.now) {
    fail(
      column(expiresAt ? "expires_at" : "purchased_at"),
      expiresCell || purchasedCell,
      `the package expired on ${expires.toISOString().slice(0, 10)}: only open packages are imported`
    )
    return null
  }
  if (expires <= purchasedAt) {
    fail(column("expires_at"), expiresCell, "must be after package_purchased_at")
    return null
  }
  return {
    column: column("template"),
    template_id: template.id,
    name: terms.name,
    currency_code: terms.currency_code,
    price_paid: terms.price_paid,
    branch_scope: terms.branch_scope,
    allocation_method: terms.allocation_method,
    refund_fee_percent: terms.refund_fee_percent,
    purchased_at: purchasedAt.toISOString(),
    expires_at: expires.toISOString(),
    items: terms.items.map((item) => ({
      ...item,
      remaining: remaining.get(item.salon_service_id) ?? 0,
    })),
  }
}
