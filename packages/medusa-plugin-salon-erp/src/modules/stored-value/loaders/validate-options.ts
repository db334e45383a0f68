import type { LoaderOptions } from "@medusajs/framework/types"
import { parseStoredValueOptions } from "../lib/options"

/** Fails the boot with a clear message when the stored value module's options are wrong. */
export default async function validateStoredValueOptions({ options }: LoaderOptions) {
  parseStoredValueOptions(options)
}
