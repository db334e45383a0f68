import fs from "node:fs"
import path from "node:path"
import middlewares from "medusa-plugin-salon-erp/src/api/middlewares"
import { bodySchemaOf } from "medusa-plugin-salon-erp/src/api/utils/validate-body"

/**
 * Input fuzzing of every salon route (see http/input-fuzz.spec.ts): the routes are discovered
 * from the plugin's route files, their body schemas read from its middlewares, and for each field
 * of each body a few hostile values are sent, one field at a time.
 */

// ---------------------------------------------------------------------------------------------
// Zod schemas (v4), walked through their definitions
// ---------------------------------------------------------------------------------------------

export type Schema = {
  _zod: { def: Record<string, any> & { type: string } }
  safeParse(value: unknown): {
    success: boolean
    error?: { issues: { path: PropertyKey[]; code: string; message: string }[] }
  }
}

/** The concrete schemas a value reaches through wrappers, unions and pipes. */
export function terminals(schema: Schema, seen = new Set<Schema>()): Schema[] {
  if (!schema?._zod || seen.has(schema)) return []
  seen.add(schema)
  const def = schema._zod.def
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return terminals(def.innerType, seen)
    case "pipe":
      return def.in._zod.def.type === "transform"
        ? terminals(def.out, seen)
        : terminals(def.in, seen)
    case "union":
      return def.options.flatMap((option: Schema) => terminals(option, seen))
    case "intersection":
      return [...terminals(def.left, seen), ...terminals(def.right, seen)]
    case "lazy":
      return terminals(def.getter(), seen)
    default:
      return [schema]
  }
}

const kindsOf = (schema: Schema) => new Set(terminals(schema).map((t) => t._zod.def.type))

/**
 * A field of a body, top-level or one level deep, with how to put a value there:
 * `a`, `a.b` (object in an object), `a[].b` (object in an array), `a[]` (array element),
 * `a.<key>` (record value).
 */
export type BodyField = {
  path: string
  /** The key the 400 message should name. */
  key: string
  kinds: Set<string>
  /** Where the value sits in the body, as zod reports issue paths. */
  at: PropertyKey[]
  place: (value: unknown) => Record<string, unknown>
}

export function bodyFields(schema: Schema): BodyField[] {
  const found = new Map<string, BodyField>()
  const add = (field: BodyField) => {
    if (!found.has(field.path)) found.set(field.path, field)
  }
  for (const root of terminals(schema)) {
    if (root._zod.def.type !== "object") continue
    for (const [key, child] of Object.entries(root._zod.def.shape as Record<string, Schema>)) {
      add({
        path: key,
        key,
        kinds: kindsOf(child),
        at: [key],
        place: (value) => ({ [key]: value }),
      })
      for (const terminal of terminals(child)) {
        const def = terminal._zod.def
        if (def.type === "object") {
          for (const [inner, grandchild] of Object.entries(def.shape as Record<string, Schema>)) {
            add({
              path: `${key}.${inner}`,
              key: inner,
              kinds: kindsOf(grandchild),
              at: [key, inner],
              place: (value) => ({ [key]: { [inner]: value } }),
            })
          }
        } else if (def.type === "array") {
          const element = def.element as Schema
          add({
            path: `${key}[]`,
            key,
            kinds: kindsOf(element),
            at: [key, 0],
            place: (value) => ({ [key]: [value] }),
          })
          for (const elementTerminal of terminals(element)) {
            if (elementTerminal._zod.def.type !== "object") continue
            const shape = elementTerminal._zod.def.shape as Record<string, Schema>
            for (const [inner, grandchild] of Object.entries(shape)) {
              add({
                path: `${key}[].${inner}`,
                key: inner,
                kinds: kindsOf(grandchild),
                at: [key, 0, inner],
                place: (value) => ({ [key]: [{ [inner]: value }] }),
              })
            }
          }
        } else if (def.type === "record") {
          add({
            path: `${key}.fuzz`,
            key,
            kinds: kindsOf(def.valueType),
            at: [key, "fuzz"],
            place: (value) => ({ [key]: { fuzz: value } }),
          })
        }
      }
    }
  }
  return [...found.values()]
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

export type Hostile = {
  label: string
  value: unknown
  /**
   * Whether the value is wrong for this field whatever it means. Values that are wrong only for
   * some fields (a date without a zone is fine as a name) are sent with an unknown id in the URL,
   * so that a route accepting them cannot change the data seeded for the test.
   */
  alwaysWrong: (field: BodyField) => boolean
  applies: (field: BodyField) => boolean
}

export const UNKNOWN_ID = "cus_UNKNOWN000"
const TEMPORAL = /(_at|_on|date|time|_from|_until|^from|^to|^until|starts|ends|expires)$/i
const ID_FIELD = /(^|_)ids?$/i
const FREE_REFERENCE = /(reference|external|idempotency)/i
const takes = (field: BodyField, ...kinds: string[]) => kinds.some((kind) => field.kinds.has(kind))
const always = () => true

/** In order of importance: when a route has more fields than its cap allows, the first go first. */
export const HOSTILE: Hostile[] = [
  { label: "NUL", value: "a\u0000b", alwaysWrong: always, applies: always },
  { label: "100,001 chars", value: "x".repeat(100_001), alwaysWrong: always, applies: always },
  {
    label: "1e20",
    value: 1e20,
    alwaysWrong: always,
    // Free-form JSON (metadata values) may hold any number; typed number fields may not.
    applies: (field) => takes(field, "number"),
  },
  {
    label: "impossible date",
    value: "2027-02-30T02:00:00.000Z",
    alwaysWrong: (field) => TEMPORAL.test(field.key) || !takes(field, "string", "unknown", "any"),
    applies: (field) => TEMPORAL.test(field.key) || takes(field, "string"),
  },
  {
    label: "date without zone",
    value: "2026-12-19T10:00:00",
    alwaysWrong: (field) => TEMPORAL.test(field.key) || !takes(field, "string", "unknown", "any"),
    applies: (field) => TEMPORAL.test(field.key),
  },
  {
    label: "unknown id",
    value: UNKNOWN_ID,
    alwaysWrong: (field) =>
      (ID_FIELD.test(field.key) && !FREE_REFERENCE.test(field.key)) ||
      !takes(field, "string", "unknown", "any"),
    applies: (field) => ID_FIELD.test(field.key) || takes(field, "string"),
  },
  {
    label: "control characters",
    value: "a\u0001b\u001bc\u007fd\u0085e",
    alwaysWrong: always,
    applies: always,
  },
  {
    label: "-1",
    value: -1,
    alwaysWrong: (field) => !takes(field, "number", "unknown", "any"),
    applies: always,
  },
  {
    label: "object",
    value: { fuzz: "a\u0000b" },
    alwaysWrong: always,
    applies: (field) => !takes(field, "object", "record", "unknown", "any"),
  },
  {
    label: "array",
    value: ["a\u0000b"],
    alwaysWrong: always,
    applies: (field) => !takes(field, "array", "unknown", "any"),
  },
  {
    label: "boolean",
    value: true,
    alwaysWrong: always,
    applies: (field) => !takes(field, "boolean", "unknown", "any"),
  },
  {
    label: "number",
    value: 12345,
    alwaysWrong: always,
    applies: (field) => !takes(field, "number", "unknown", "any"),
  },
  {
    label: "not a number",
    value: "12abc",
    alwaysWrong: always,
    applies: (field) => takes(field, "number") && !takes(field, "string"),
  },
]

// ---------------------------------------------------------------------------------------------
// Routes, from the plugin's route files and middlewares
// ---------------------------------------------------------------------------------------------

export const BODY_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const
export type BodyMethod = (typeof BODY_METHODS)[number]

export type DiscoveredRoute = {
  method: BodyMethod
  /** e.g. /admin/branches/:id */
  pattern: string
  params: string[]
  file: string
  /** The handler reads a body (req.validatedBody or req.body). */
  readsBody: boolean
  schema?: Schema
}

export const pluginSrc = path.join(
  path.dirname(require.resolve("medusa-plugin-salon-erp/package.json")),
  "src"
)

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(full)
    return entry.name === "route.ts" ? [full] : []
  })
}

/** The source of each exported method of a route file, following `export { POST } from "…"`. */
function exportedMethods(file: string, depth = 0): Map<string, string> {
  const source = fs.readFileSync(file, "utf8")
  const methods = new Map<string, string>()
  const declared = [
    ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/g),
  ]
  declared.forEach((match, index) => {
    const end = declared[index + 1]?.index ?? source.length
    methods.set(match[1], source.slice(match.index, end))
  })
  for (const match of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    if (depth > 3) break
    const target = path.resolve(path.dirname(file), match[2])
    const targetFile = [`${target}.ts`, path.join(target, "index.ts")].find((f) => fs.existsSync(f))
    const inner = targetFile ? exportedMethods(targetFile, depth + 1) : new Map<string, string>()
    for (const name of match[1].split(",").map((s) =>
      s
        .trim()
        .split(/\s+as\s+/)
        .pop()!
    )) {
      const original = match[1]
        .split(",")
        .map((s) => s.trim())
        .find((s) => s.split(/\s+as\s+/).pop() === name)
        ?.split(/\s+as\s+/)[0]
      if (name && original) methods.set(name, inner.get(original) ?? "")
    }
  }
  return methods
}

const normalize = (pattern: string) => pattern.replace(/:\w+/g, ":")
const matcherRegex = (matcher: string) =>
  new RegExp(
    `^${matcher
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replace(/:\w+/g, "[^/]+")
      .replace(/\*/g, ".*")}/?$`
  )

type MiddlewareEntry = { matcher: string | RegExp; methods?: string[]; middlewares?: unknown[] }

/** The body schema of `method pattern`: from the entry with the same matcher, else any matching. */
function schemaFor(method: string, pattern: string): Schema | undefined {
  const entries = ((middlewares as { routes?: MiddlewareEntry[] }).routes ?? []).filter(
    (entry) => !entry.methods || entry.methods.map((m) => m.toUpperCase()).includes(method)
  )
  const schemaOf = (entry: MiddlewareEntry) =>
    (entry.middlewares ?? []).map((m) => bodySchemaOf(m)).find(Boolean) as Schema | undefined
  const sample = pattern.replace(/:\w+/g, "PARAM")
  const exact = entries.filter((entry) => normalize(String(entry.matcher)) === normalize(pattern))
  const loose = entries.filter((entry) =>
    entry.matcher instanceof RegExp
      ? entry.matcher.test(sample)
      : matcherRegex(entry.matcher).test(sample)
  )
  return exact.map(schemaOf).find(Boolean) ?? loose.map(schemaOf).find(Boolean)
}

/** Every POST / PUT / PATCH / DELETE route of the plugin, with its body schema if it has one. */
export function discoverRoutes(): DiscoveredRoute[] {
  const apiDir = path.join(pluginSrc, "api")
  const routes: DiscoveredRoute[] = []
  for (const scope of ["admin", "store"]) {
    for (const file of routeFiles(path.join(apiDir, scope)).sort()) {
      const relative = path.relative(apiDir, path.dirname(file)).split(path.sep)
      const params: string[] = []
      const pattern =
        "/" +
        relative
          .map((segment) => {
            const param = /^\[(\w+)\]$/.exec(segment)
            if (!param) return segment
            params.push(param[1])
            return `:${param[1]}`
          })
          .join("/")
      for (const [method, source] of exportedMethods(file)) {
        if (!(BODY_METHODS as readonly string[]).includes(method)) continue
        routes.push({
          method: method as BodyMethod,
          pattern,
          params,
          file: path.relative(pluginSrc, file),
          readsBody: /validatedBody|req\.body/.test(source),
          schema: schemaFor(method, pattern),
        })
      }
    }
  }
  return routes
}

// ---------------------------------------------------------------------------------------------
// Running requests a few at a time
// ---------------------------------------------------------------------------------------------

export async function inBatches<T, R>(
  items: T[],
  concurrency: number,
  run: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return results
}

/** Text of a response body, cut short, for a report. */
export function brief(data: unknown, max = 160): string {
  const text = typeof data === "string" ? data : JSON.stringify(data)
  return text && text.length > max ? `${text.slice(0, max)}…` : String(text)
}

// ---------------------------------------------------------------------------------------------
// What the plugin stores: row counts of its tables and its ledgers' reconciliation
// ---------------------------------------------------------------------------------------------

type Db = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

/** The tables the plugin's modules create, read from their migrations. */
export function pluginTables(): string[] {
  const modulesDir = path.join(pluginSrc, "modules")
  const tables = new Set<string>()
  for (const module of fs.readdirSync(modulesDir)) {
    const dir = path.join(modulesDir, module, "migrations")
    if (!fs.existsSync(dir)) continue
    for (const file of fs.readdirSync(dir)) {
      if (!file.endsWith(".ts")) continue
      const source = fs.readFileSync(path.join(dir, file), "utf8")
      for (const match of source.matchAll(/create table if not exists \\?"(\w+)\\?"/gi)) {
        tables.add(match[1])
      }
    }
  }
  return [...tables].sort()
}

/** Per table: rows, rows not soft-deleted, and the latest update, as one comparable string. */
export async function tableSnapshot(db: Db, tables: string[]) {
  const { rows: columns } = await db.raw(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY(?)
        AND column_name IN ('deleted_at', 'updated_at')`,
    [tables]
  )
  const has = (table: string, column: string) =>
    columns.some((c) => c.table_name === table && c.column_name === column)
  const snapshot: Record<string, string> = {}
  for (const table of tables) {
    const live = has(table, "deleted_at") ? "count(*) FILTER (WHERE deleted_at IS NULL)" : "NULL"
    const updated = has(table, "updated_at") ? "max(updated_at)::text" : "NULL"
    const { rows } = await db.raw(
      `SELECT count(*)::int AS total, ${live} AS live, ${updated} AS updated FROM "${table}"`
    )
    snapshot[table] =
      `rows=${rows[0].total} live=${rows[0].live ?? "-"} updated=${rows[0].updated ?? "-"}`
  }
  return snapshot
}

/** Accounts and package items whose balances differ from the sums of their ledger entries. */
export async function ledgerMismatches(db: Db) {
  const { rows: storedValue } = await db.raw(
    `SELECT a.id, a.principal_balance::numeric AS principal, a.bonus_balance::numeric AS bonus,
            coalesce(sum(e.principal_amount), 0)::numeric AS entries_principal,
            coalesce(sum(e.bonus_amount), 0)::numeric AS entries_bonus
       FROM stored_value_account a LEFT JOIN stored_value_entry e ON e.account_id = a.id
      GROUP BY a.id
     HAVING a.principal_balance::numeric <> coalesce(sum(e.principal_amount), 0)::numeric
         OR a.bonus_balance::numeric <> coalesce(sum(e.bonus_amount), 0)::numeric`
  )
  const { rows: packages } = await db.raw(
    `SELECT i.id, i.remaining, i.value_remaining::numeric AS value_remaining,
            coalesce(sum(e.quantity), 0)::int AS entries_quantity,
            coalesce(sum(e.value), 0)::numeric AS entries_value
       FROM customer_package_item i LEFT JOIN package_ledger_entry e ON e.package_item_id = i.id
      GROUP BY i.id
     HAVING i.remaining <> coalesce(sum(e.quantity), 0)
         OR i.value_remaining::numeric <> coalesce(sum(e.value), 0)::numeric`
  )
  const { rows: totals } = await db.raw(
    `SELECT (SELECT count(*)::int FROM stored_value_account) AS accounts,
            (SELECT count(*)::int FROM customer_package_item) AS package_items`
  )
  return {
    storedValue,
    packages,
    checked: totals[0] as { accounts: number; package_items: number },
  }
}

/**
 * The names a 400 about `field` may give: those of the issues at the field or above it (not at
 * its siblings, e.g. a required neighbour left out), e.g. `files` or `content` for files[0].content.
 */
export function namesOfIssuesAbout(field: BodyField, issues: { path: PropertyKey[] }[]): string[] {
  return issues
    .filter(
      (issue) =>
        issue.path.length > 0 &&
        issue.path.length <= field.at.length &&
        issue.path.every((segment, index) => String(segment) === String(field.at[index]))
    )
    .map((issue) => String([...issue.path].reverse().find((s) => typeof s === "string") ?? ""))
    .filter(Boolean)
}
