import type { ItemRow, PackageRow, TransferSessionsInput } from "../types"
import { itemNotFound, noSessionsLeft, notAllowed } from "./errors"
import { type Cents, proRata } from "./money"
import { checkQuantity } from "./validation"

/**
 * The sessions a transfer moves, with their pro-rata value: those asked for, or every
 * unreserved remaining session.
 */
export function sessionsToTransfer(
  pkg: PackageRow,
  items: ItemRow[],
  requested: TransferSessionsInput["items"]
): { item: ItemRow; quantity: number; value: Cents }[] {
  const wanted = requested?.length
    ? requested.map((request) => {
        const item = items.find((candidate) => candidate.id === request.package_item_id)
        if (!item) throw itemNotFound(request.package_item_id, pkg)
        checkQuantity(request.quantity)
        if (item.remaining - item.reserved < request.quantity) {
          throw noSessionsLeft(pkg, item, request.quantity)
        }
        return { item, quantity: request.quantity }
      })
    : items
        .filter((item) => item.remaining - item.reserved > 0)
        .map((item) => ({ item, quantity: item.remaining - item.reserved }))
  if (!wanted.length) {
    throw notAllowed(`Package ${pkg.name} has no unreserved sessions to transfer`)
  }
  return wanted.map(({ item, quantity }) => ({
    item,
    quantity,
    value: proRata(item.value, item.remaining, quantity),
  }))
}
