import type { LoaderOptions } from "@medusajs/framework/types"
import { parseFeedbackOptions } from "../lib/options"

/** Fails the boot with a clear message when the feedback module's options are wrong. */
export default async function validateFeedbackOptions({ options }: LoaderOptions) {
  parseFeedbackOptions(options)
}
