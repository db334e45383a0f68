import type { LoaderOptions } from "@medusajs/framework/types"
import { parseCommissionOptions } from "../lib/options"

/** Fails the boot with a clear message when the commission module's options are wrong. */
export default async function validateCommissionOptions({ options }: LoaderOptions) {
  parseCommissionOptions(options)
}
