import { z } from "@medusajs/framework/zod"
import { parseCapabilityOptions } from "../../../lib/plugin-options"

/** Client profile settings (the `clients` section of the plugin options). */
export const ClientOptionsSchema = z
  .object({
    /**
     * false: automatic tags (high value, new, dormant, birthday month, churn warning) and RFM
     * scores are not recomputed, nightly or after visits and orders; manual tags still work.
     */
    automatic_tags: z.boolean().default(true),
    /** The file of a client import that was checked but never run is deleted after this. */
    import_file_retention_days: z.number().int().min(1).max(90).default(7),
  })
  // Medusa adds its own keys (e.g. database) to every module's options.
  .passthrough()

export type ClientOptions = z.infer<typeof ClientOptionsSchema>

export function parseClientOptions(options: unknown): ClientOptions {
  return parseCapabilityOptions(options, "clients", ClientOptionsSchema)
}
