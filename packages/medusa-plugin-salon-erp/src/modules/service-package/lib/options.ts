import { parseCapabilityOptions } from "../../../lib/plugin-options"
import { z } from "@medusajs/framework/zod"

const Policy = z.enum(["return", "forfeit"])

/** Package rules headquarters sets once for all branches (module options in medusa-config.ts). */
export const ServicePackageOptionsSchema = z
  .object({
    /** A session reserved for an appointment canceled late (inside the cut-off): give it back or use it up. */
    late_cancel_policy: Policy.default("forfeit"),
    /** A session reserved for a no-show: give it back or use it up. */
    no_show_policy: Policy.default("forfeit"),
    /** The expiry reminder goes out this many days before a package expires. */
    expiry_reminder_days: z.number().int().min(1).max(365).default(30),
    /** Percentage of the unused value kept on a refund, unless the template sets its own. */
    refund_fee_percent: z.number().min(0).max(100).default(0),
    /** Booking an appointment reserves a session of the customer's soonest-expiring eligible package. */
    auto_reserve_on_booking: z.boolean().default(true),
    /** Unfreezing a package extends its validity by the time it was frozen. */
    extend_validity_on_unfreeze: z.boolean().default(true),
  })
  // Medusa adds its own keys (e.g. database) to every module's options.
  .passthrough()

export type ServicePackageOptions = z.infer<typeof ServicePackageOptionsSchema>

/** Drops options left undefined (unset environment variables) so their defaults apply. */
function definedOnly(options: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries((options ?? {}) as Record<string, unknown>).filter(
      ([, value]) => value !== undefined && value !== ""
    )
  )
}

export function parseServicePackageOptions(options: unknown): ServicePackageOptions {
  return parseCapabilityOptions(
    options,
    "servicePackages",
    ServicePackageOptionsSchema,
    definedOnly
  )
}
