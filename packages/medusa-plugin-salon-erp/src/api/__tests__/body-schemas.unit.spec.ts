import middlewares from "../middlewares"
import { bodySchemaOf } from "../utils/validate-body"
import { FILE_CONTENT_SCHEMAS } from "../utils/validators"

/**
 * Every input checked once, at the edge: every body schema of every salon route refuses, in each
 * of its fields, what PostgreSQL or the ledgers cannot take. The schema tree is walked (through
 * optional / nullable / default / pipe / transform, into objects, arrays, records and unions) and
 * each field is parsed on its own:
 * - a field that takes text refuses a NUL character and a 100,001-character string (uploaded
 *   file contents, made by `FileContent`, have their own larger limit instead);
 * - a field that takes a number refuses 1e20 (it has a maximum);
 * - a field that takes anything (z.unknown / z.any, e.g. metadata values) refuses a NUL string,
 *   which PostgreSQL's jsonb refuses too.
 * A new route's schema is covered without editing this test. The HTTP fuzz test
 * (apps/demo/integration-tests/http/input-fuzz.spec.ts) sends the same values over HTTP.
 */

type Schema = {
  _zod: { def: Record<string, any> & { type: string } }
  safeParse(value: unknown): { success: boolean }
}

const NUL = "a\u0000b"
const LONG = "x".repeat(100_001)
const HUGE = 1e20

/** The schemas a value reaches through wrappers, unions and pipes, down to concrete types. */
function terminals(schema: Schema, seen = new Set<Schema>()): Schema[] {
  if (seen.has(schema)) return []
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
      // z.preprocess(fn, schema) is pipe(transform, schema): the value's shape is the output's.
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

type Field = { path: string; schema: Schema }

/** Every field under `schema`: object keys, array elements ("[]"), record keys and values. */
function fields(schema: Schema, path: string, out: Field[], seen = new Set<Schema>()) {
  if (seen.has(schema)) return out
  seen.add(schema)
  if (path) out.push({ path, schema })
  const join = (key: string) => (path ? `${path}.${key}` : key)
  for (const terminal of terminals(schema)) {
    const def = terminal._zod.def
    if (def.type === "object") {
      for (const [key, child] of Object.entries(def.shape as Record<string, Schema>)) {
        fields(child, join(key), out, seen)
      }
    } else if (def.type === "array") {
      fields(def.element, join("[]"), out, seen)
    } else if (def.type === "tuple") {
      ;(def.items as Schema[]).forEach((item, index) =>
        fields(item, join(String(index)), out, seen)
      )
    } else if (def.type === "record") {
      fields(def.keyType, join("<key>"), out, seen)
      fields(def.valueType, join("<value>"), out, seen)
    }
  }
  return out
}

/** What `field` accepts that it must not, e.g. `accepts "a\u0000b"`. */
function problems(field: Schema): string[] {
  const kinds = new Set(terminals(field).map((terminal) => terminal._zod.def.type))
  const accepts = (value: unknown) => field.safeParse(value).success
  const found: string[] = []
  if (kinds.has("string") || kinds.has("unknown") || kinds.has("any")) {
    if (accepts(NUL)) found.push('accepts a NUL character ("a\\u0000b")')
    const isFileContent = terminals(field).some((terminal) =>
      FILE_CONTENT_SCHEMAS.has(terminal as never)
    )
    if (kinds.has("string") && !isFileContent && accepts(LONG)) {
      found.push("accepts a 100,001-character string")
    }
  }
  if (kinds.has("number") && accepts(HUGE)) found.push("accepts 1e20 (no maximum)")
  return found
}

type BodyRoute = { route: string; schema: Schema }

function bodyRoutes(): BodyRoute[] {
  const found: BodyRoute[] = []
  for (const entry of middlewares.routes ?? []) {
    for (const middleware of entry.middlewares ?? []) {
      const schema = bodySchemaOf(middleware) as unknown as Schema | undefined
      if (!schema) continue
      const methods = (entry.methods ?? ["*"]).join(",")
      found.push({ route: `${methods} ${String(entry.matcher)}`, schema })
    }
  }
  return found
}

describe("body schemas of every salon route", () => {
  const routes = bodyRoutes()

  it("finds the routes' body schemas and their fields", () => {
    // Guards the walk itself: the plugin has dozens of body routes with fields.
    expect(routes.length).toBeGreaterThan(40)
    const withFields = routes.filter(({ schema }) => fields(schema, "", []).length > 0)
    expect(withFields.length).toBeGreaterThan(40)
  })

  it("refuses NUL, 100,001-character strings and 1e20 in every field", () => {
    const failures: string[] = []
    let checked = 0
    for (const { route, schema } of routes) {
      for (const field of fields(schema, "", [])) {
        checked++
        const found = problems(field.schema)
        if (found.length) failures.push(`${route}  ${field.path}: ${found.join("; ")}`)
      }
    }
    if (failures.length) {
      // Thrown rather than compared, so the list prints as it is (one line a field, no escaping).
      throw new Error(
        `${failures.length} of ${checked} fields (in ${routes.length} body schemas) take what they must not; ` +
          `use the building blocks of src/api/utils/validators.ts (Text, Id, MoneyAmount, Quantity, Instant…):\n  ` +
          failures.sort().join("\n  ")
      )
    }
    expect(checked).toBeGreaterThan(0)
  })
})
