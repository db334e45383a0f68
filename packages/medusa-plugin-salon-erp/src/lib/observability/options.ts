import { z } from "@medusajs/framework/zod"
import { parseCapabilityOptions, pluginOptionsFrom } from "../plugin-options"

/** Settings of the operations endpoints (health, readiness, metrics) and the request guards. */
export const OperationsOptionsSchema = z
  .object({
    /**
     * Bearer token `GET /metrics` requires. Without one the endpoint answers 404, so nothing about
     * the store leaks from an unconfigured install.
     */
    metrics_token: z.string().min(16).max(512).optional(),
    /** Readiness fails while the oldest unpublished salon event is older than this. */
    ready_outbox_max_age_seconds: z.number().int().min(1).max(86_400).default(120),
    /** Each readiness check (database, Redis) gives up after this long. */
    ready_check_timeout_ms: z.number().int().min(100).max(30_000).default(2_000),
    /**
     * How long a request waits for a database connection when the pool is exhausted before it
     * fails with 503 (Medusa 2.21 leaves knex's 60 s default in place; the plugin sets this one).
     */
    database_acquire_timeout_ms: z.number().int().min(100).max(120_000).default(5_000),
  })
  // Medusa may add its own keys (e.g. database) to the options objects it passes around.
  .passthrough()

export type OperationsOptions = z.infer<typeof OperationsOptionsSchema>

/** Drops settings given as undefined or "" (an unset environment variable in medusa-config.ts). */
function withoutUnsetValues(section: unknown): unknown {
  if (!section || typeof section !== "object") {
    return section
  }
  return Object.fromEntries(
    Object.entries(section).filter(([, value]) => value !== undefined && value !== "")
  )
}

export function parseOperationsOptions(options: unknown): OperationsOptions {
  return parseCapabilityOptions(options, "operations", OperationsOptionsSchema, withoutUnsetValues)
}

const parsedByConfig = new WeakMap<object, OperationsOptions>()

/** The operations options of the running app, parsed once per config module. */
export function operationsOptionsFrom(configModule: object): OperationsOptions {
  let parsed = parsedByConfig.get(configModule)
  if (!parsed) {
    parsed = parseOperationsOptions(pluginOptionsFrom(configModule))
    parsedByConfig.set(configModule, parsed)
  }
  return parsed
}
