import type { LoaderOptions } from "@medusajs/framework/types"
import { parseClientOptions } from "../lib/options"

/** Fails the boot with a clear message when the client module's options are wrong. */
export default async function validateClientOptions({ options }: LoaderOptions) {
  parseClientOptions(options)
}
