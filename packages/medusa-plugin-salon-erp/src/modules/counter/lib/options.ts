import { z } from "@medusajs/framework/zod"
import { parseCapabilityOptions } from "../../../lib/plugin-options"

/** Counter settings headquarters sets (the plugin's `counter` options in medusa-config.ts). */
export const CounterOptionsSchema = z
  .object({
    /** Largest manual discount at the counter, as a percentage of the sale before discounts. */
    max_manual_discount_percent: z.number().min(0).max(100).default(30),
    /** Whether a sale may carry a tip for a staff member. */
    allow_tips: z.boolean().default(true),
  })
  // Medusa adds its own keys (e.g. database) to every module's options.
  .passthrough()

export type CounterOptions = z.infer<typeof CounterOptionsSchema>

export function parseCounterOptions(options: unknown): CounterOptions {
  return parseCapabilityOptions(options, "counter", CounterOptionsSchema)
}
