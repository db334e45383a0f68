import { capabilityOptions, invalidOptionsError } from "../../../lib/plugin-options"
import { z } from "@medusajs/framework/zod"

/** Stored value rules headquarters sets for the chain (module options in medusa-config.ts). */
export const StoredValueOptionsSchema = z
  .object({
    /** How a spend divides between paid principal and free bonus. */
    spend_split: z.enum(["proportional", "principal_first", "bonus_first"]).default("proportional"),
    /** Largest single top-up accepted at the counter, per currency unit (a typo guard). */
    max_top_up_amount: z.number().positive().default(100_000),
    /**
     * Minutes stored value applied to an online cart stays held for it; an uncompleted cart's hold
     * is then released (and its credit line removed) by the expire-stored-value-holds job.
     */
    checkout_hold_minutes: z.number().int().positive().default(60),
  })
  // Medusa adds its own keys (e.g. database) to every module's options.
  .passthrough()

export type StoredValueOptions = z.infer<typeof StoredValueOptionsSchema>

export function parseStoredValueOptions(options: unknown): StoredValueOptions {
  const section = capabilityOptions(options, "storedValue")
  const parsed = StoredValueOptionsSchema.safeParse(section ?? {})
  if (!parsed.success) {
    throw invalidOptionsError("storedValue", section, parsed.error.issues)
  }
  return parsed.data
}
