import { MedusaError } from "@medusajs/framework/utils"

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
] as const

export type CapabilityOptionKey = (typeof CAPABILITY_OPTION_KEYS)[number]

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value)
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
  const pluginShaped = CAPABILITY_OPTION_KEYS.some((name) => name in options)
  if (!pluginShaped) {
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
