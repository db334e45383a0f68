import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** The npm name of this plugin, as an integrator lists it in `plugins` of medusa-config.ts. */
export const PLUGIN_NAME = "medusa-plugin-salon-erp"

/**
 * The plugin's options object has one section per capability. Medusa hands the whole object to
 * every module of a plugin, so each module reads its own section.
 */
export const CAPABILITY_OPTION_KEYS = [
  "booking",
  "storedValue",
  "servicePackages",
  "commissions",
  "feedback",
  "clients",
  "operations",
  "counter",
] as const

export type CapabilityOptionKey = (typeof CAPABILITY_OPTION_KEYS)[number]

/** Keys Medusa itself adds to a module's options object (the plugin's, shared by its modules). */
const MEDUSA_OPTION_KEYS = ["database"]

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value)
}

/**
 * The plugin's options as the app lists them in `plugins` of medusa-config.ts, for code outside
 * the modules (routes, middlewares), which reads them from the config module. Empty when the
 * plugin is listed without options.
 */
export function pluginOptionsFrom(configModule: {
  plugins?: (string | { resolve: string; options?: Record<string, unknown> })[]
}): Record<string, unknown> {
  const entry = (configModule.plugins ?? []).find(
    (plugin) =>
      typeof plugin !== "string" &&
      (plugin.resolve === PLUGIN_NAME || plugin.resolve.endsWith(`/${PLUGIN_NAME}`))
  )
  return typeof entry === "object" && isRecord(entry.options) ? entry.options : {}
}

/**
 * The section of the plugin options one capability reads. Options given in the plugin's shape
 * (`{ booking: {...}, feedback: {...} }`) yield that capability's section; options given flat (a
 * module registered on its own, as module tests do) are that module's options already.
 */
export function capabilityOptions(options: unknown, key: CapabilityOptionKey): unknown {
  if (!isRecord(options)) {
    return {}
  }
  if (!isPluginShaped(options)) {
    return options
  }
  const section = options[key]
  if (section === undefined || section === null) {
    return {}
  }
  if (!isRecord(section)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid ${PLUGIN_NAME} option ${key}: expected an object, got ${JSON.stringify(section)}`
    )
  }
  return section
}

type OptionIssue = { path: PropertyKey[]; message: string }

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (isRecord(value) || Array.isArray(value) ? (value as never)[key] : undefined),
    input
  )
}

/**
 * A boot error that names each bad option by its full key and the value given, e.g.
 * `booking.slot_interval_minutes = 3: Too small: expected number to be >=5`.
 */
export function invalidOptionsError(
  key: CapabilityOptionKey,
  input: unknown,
  issues: OptionIssue[]
): MedusaError {
  const lines = issues.map((issue) => {
    const path = [key, ...issue.path.map(String)].join(".")
    const value = valueAt(input, issue.path)
    const shown = value === undefined ? "missing" : JSON.stringify(value)
    return `${path} = ${shown}: ${issue.message}`
  })
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Invalid ${PLUGIN_NAME} options: ${lines.join("; ")}`
  )
}

/**
 * Parses one capability's options: its section of the plugin options (or flat module options),
 * with the schema's defaults. In the plugin's shape a section holds only our keys, so an unknown
 * key (a typo) fails the boot too. `prepare` may clean the input first (e.g. drop unset values).
 */
export function parseCapabilityOptions<Schema extends z.ZodType>(
  options: unknown,
  key: CapabilityOptionKey,
  schema: Schema,
  prepare: (section: unknown) => unknown = (section) => section
): z.infer<Schema> {
  const section = capabilityOptions(options, key)
  const issues: OptionIssue[] = []
  if (isPluginShaped(options)) {
    const unknown = Object.keys(options as object).filter(
      (name) =>
        !(CAPABILITY_OPTION_KEYS as readonly string[]).includes(name) &&
        !MEDUSA_OPTION_KEYS.includes(name)
    )
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid ${PLUGIN_NAME} options: unknown section ${unknown.map((name) => JSON.stringify(name)).join(", ")} (the sections are ${CAPABILITY_OPTION_KEYS.join(", ")})`
      )
    }
  }
  if (isPluginShaped(options) && isRecord(section)) {
    const known = knownKeys(schema)
    for (const name of Object.keys(section)) {
      if (known && !known.has(name)) {
        issues.push({ path: [name], message: `unknown option (known: ${[...known].join(", ")})` })
      }
    }
  }
  const parsed = schema.safeParse(prepare(section ?? {}))
  if (!parsed.success) {
    issues.push(...parsed.error.issues)
  }
  if (issues.length) {
    throw invalidOptionsError(key, section, issues)
  }
  return parsed.data as z.infer<Schema>
}

function isPluginShaped(options: unknown): boolean {
  return isRecord(options) && CAPABILITY_OPTION_KEYS.some((name) => name in options)
}

/** The keys of an object schema (through defaults and refinements), or null when not an object. */
function knownKeys(schema: z.ZodType): Set<string> | null {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape
  return shape ? new Set(Object.keys(shape)) : null
}
