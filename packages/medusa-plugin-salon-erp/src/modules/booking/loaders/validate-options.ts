import type { LoaderOptions } from "@medusajs/framework/types"
import { parseBookingOptions } from "../lib/options"

/** Fails the boot with a clear message when the booking module's options are wrong. */
export default async function validateBookingOptions({ options }: LoaderOptions) {
  parseBookingOptions(options)
}
