import type { LoaderOptions } from "@medusajs/framework/types"
import { parseServicePackageOptions } from "../lib/options"

/** Fails the boot with a clear message when the service_package module's options are wrong. */
export default async function validateServicePackageOptions({ options }: LoaderOptions) {
  parseServicePackageOptions(options)
}
