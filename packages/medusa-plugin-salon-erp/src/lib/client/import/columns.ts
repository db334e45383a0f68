/** Columns of the client import file (docs/client-profiles.md#import). */
export const CUSTOMER_COLUMNS = ["email", "phone", "first_name", "last_name"] as const

export const PROFILE_COLUMNS = [
  "gender",
  "birthday",
  "skin_type",
  "skin_concerns",
  "allergies",
  "contraindications",
  "health_notes",
  "preferences_text",
  "source",
  "home_branch",
  "preferred_staff",
  "consent_version",
  "consent_given_at",
  "tags",
] as const

export const STORED_VALUE_COLUMNS = [
  "stored_value_currency",
  "stored_value_principal",
  "stored_value_bonus",
  "stored_value_bonus_expires_at",
] as const

export const PACKAGE_FIELDS = [
  "template",
  "sessions_remaining",
  "purchased_at",
  "expires_at",
  "price_paid",
] as const
export type PackageField = (typeof PACKAGE_FIELDS)[number]

/** Custom field columns are named `custom.<key>`. */
export const CUSTOM_FIELD_PREFIX = "custom."

/** Lists in one cell: "Nuts; Latex" (a `|` works too). */
export const LIST_SEPARATOR = /[;|]/

const PACKAGE_COLUMN =
  /^package_(template|sessions_remaining|purchased_at|expires_at|price_paid)(?:_(\d+))?$/

export type ColumnIssue = { column: string; message: string }

/** Where each column of a file goes: by position. */
export type ColumnMap = {
  /** How many columns the header names (a longer row has an unquoted delimiter in a value). */
  width: number
  /** Known column name → cell index. */
  fields: Map<string, number>
  /** Custom field key → cell index. */
  custom_fields: Map<string, number>
  /** Package slot (1, 2, …) → field → cell index. */
  packages: Map<number, Map<PackageField, number>>
}

/**
 * Reads a header: every column must be known (a misspelt column would silently drop data), and
 * appear once; a file needs `email` or `phone`. `customFieldKeys` are the active custom fields.
 */
export function mapColumns(
  header: string[],
  customFieldKeys: Set<string>
): { map: ColumnMap; issues: ColumnIssue[] } {
  const known = new Set<string>([...CUSTOMER_COLUMNS, ...PROFILE_COLUMNS, ...STORED_VALUE_COLUMNS])
  const map: ColumnMap = {
    width: header.length,
    fields: new Map(),
    custom_fields: new Map(),
    packages: new Map(),
  }
  const issues: ColumnIssue[] = []
  const seen = new Set<string>()
  header.forEach((raw, index) => {
    const column = raw.trim()
    const name = column.toLowerCase()
    if (!column) {
      issues.push({ column: `#${index + 1}`, message: "has no name; name the column or remove it" })
      return
    }
    if (seen.has(name)) {
      issues.push({ column, message: "appears twice in the header" })
      return
    }
    seen.add(name)
    if (known.has(name)) {
      map.fields.set(name, index)
      return
    }
    if (name.startsWith(CUSTOM_FIELD_PREFIX)) {
      const key = column.slice(CUSTOM_FIELD_PREFIX.length).trim()
      if (!customFieldKeys.has(key)) {
        issues.push({
          column,
          message: `names no active custom field (defined: ${[...customFieldKeys].join(", ") || "none"})`,
        })
      } else {
        map.custom_fields.set(key, index)
      }
      return
    }
    const pkg = PACKAGE_COLUMN.exec(name)
    if (pkg) {
      const slot = pkg[2] ? Number(pkg[2]) : 1
      const fields = map.packages.get(slot) ?? new Map<PackageField, number>()
      fields.set(pkg[1] as PackageField, index)
      map.packages.set(slot, fields)
      return
    }
    issues.push({ column, message: "is not a column the import knows; see the template" })
  })
  if (!map.fields.has("email") && !map.fields.has("phone")) {
    issues.push({ column: "email", message: "the file needs an email or a phone column" })
  }
  for (const [slot, fields] of map.packages) {
    for (const required of ["template", "sessions_remaining"] as const) {
      if (!fields.has(required)) {
        issues.push({
          column: packageColumn(required, slot),
          message: `is missing: a package needs ${packageColumn("template", slot)} and ${packageColumn("sessions_remaining", slot)}`,
        })
      }
    }
  }
  return { map, issues }
}

/** The column name of a package field in a slot: `package_template`, `package_template_2`. */
export const packageColumn = (field: PackageField, slot: number) =>
  `package_${field}${slot === 1 ? "" : `_${slot}`}`

/** Every column the import accepts, in template order (custom fields as `custom.<key>`). */
export function templateColumns(customFieldKeys: string[]) {
  return [
    ...CUSTOMER_COLUMNS,
    ...PROFILE_COLUMNS,
    ...customFieldKeys.map((key) => `${CUSTOM_FIELD_PREFIX}${key}`),
    ...STORED_VALUE_COLUMNS,
    ...PACKAGE_FIELDS.map((field) => packageColumn(field, 1)),
  ]
}
