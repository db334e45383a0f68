import { MedusaError } from "@medusajs/framework/utils"
import { type Cents, splitByWeights } from "./money"

export type AllocationMethod = "list_price" | "equal" | "fixed"

export type AllocationItem = {
  service_name: string
  sessions: number
  /** The service's own price in the package's currency (for `list_price`). */
  list_price_cents?: Cents | null
  /** The template's value of one session (for `fixed`). */
  session_value_cents?: Cents | null
}

/**
 * Splits the price paid for a package over its items: the value each item's sessions carry for
 * revenue, commissions and refunds. Parts add up to the price exactly.
 * - `equal`: every session is worth the same.
 * - `list_price`: in proportion to sessions × the service's own price.
 * - `fixed`: in proportion to sessions × the session value headquarters set on the template
 *   (exactly those values when the package sells at its list price).
 */
export function allocatePrice(
  method: AllocationMethod,
  items: AllocationItem[],
  priceCents: Cents
): Cents[] {
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A package needs at least one service")
  }
  const weights = items.map((item) => {
    if (method === "equal") return item.sessions
    const unit = method === "fixed" ? item.session_value_cents : item.list_price_cents
    if (unit === null || unit === undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        method === "fixed"
          ? `${item.service_name} has no session_value; the fixed allocation needs one on every item`
          : `${item.service_name} has no price in the package's currency; give it one or use the equal allocation`
      )
    }
    return item.sessions * unit
  })
  return splitByWeights(priceCents, weights)
}
