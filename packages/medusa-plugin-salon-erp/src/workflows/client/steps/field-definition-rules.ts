import { MedusaError } from "@medusajs/framework/utils"
import type { CustomFieldType } from "../../../modules/client/lib/constants"

const CHOICE_TYPES: CustomFieldType[] = ["select", "multi_select"]

/**
 * The options a definition of `type` keeps: select and multi-select need at least one (distinct,
 * trimmed); other types take none (400 otherwise).
 */
export function checkOptions(type: CustomFieldType, options: string[]): string[] {
  const cleaned = [...new Set(options.map((option) => option.trim()).filter(Boolean))]
  if (CHOICE_TYPES.includes(type) && !cleaned.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `options are required for a ${type} field (at least one)`
    )
  }
  if (!CHOICE_TYPES.includes(type) && cleaned.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `options are only allowed for select and multi_select fields, not ${type}`
    )
  }
  return cleaned
}

export const customers = (count: number) => `${count} customer${count === 1 ? "" : "s"}`
