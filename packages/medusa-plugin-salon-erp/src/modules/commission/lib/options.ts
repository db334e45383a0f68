import { parseCapabilityOptions } from "../../../lib/plugin-options"
import { z } from "@medusajs/framework/zod"

/** Commission settings headquarters sets (module options in medusa-config.ts). */
export const CommissionOptionsSchema = z
  .object({
    /** false: no commission entries are earned (rules, periods and statements stay available). */
    enabled: z.boolean().default(true),
    /** Months are calendar months in this zone. */
    timezone: z.string().default("Asia/Shanghai"),
    /** Count the bonus part of stored value spends in the base (default: principal only). */
    count_stored_value_bonus: z.boolean().default(false),
    /** Currency of list prices used when a service was performed with no payment recorded. */
    currency_code: z.string().default("cny"),
  })
  // Medusa adds its own keys (e.g. database) to every module's options.
  .passthrough()

export type CommissionOptions = z.infer<typeof CommissionOptionsSchema>

export function parseCommissionOptions(options: unknown): CommissionOptions {
  return parseCapabilityOptions(options, "commissions", CommissionOptionsSchema)
}
