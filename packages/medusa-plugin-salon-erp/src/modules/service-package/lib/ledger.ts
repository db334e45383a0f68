import * as ledger from "../repositories/ledger-repository"
import { type NewPackage, insertPackage } from "../repositories/package-repository"
import type { IssuePackageInput, ItemRow, Movement, OpContext, PackageRow } from "../types"
import type { Knex } from "./db"
import { balanceBelowZero } from "./errors"
import { toCents } from "./money"

/**
 * Applies one movement to a locked item: updates its running balances and appends the ledger
 * entry, in the caller's transaction. Balances are re-checked here (and by the database's
 * CHECK constraints); callers check first to give a precise message.
 */
export async function applyMovement(
  trx: Knex,
  op: OpContext,
  pkg: PackageRow,
  item: ItemRow,
  movement: Movement
): Promise<string> {
  const remaining = item.remaining + movement.quantity
  const reserved = item.reserved + (movement.reserved_delta ?? 0)
  const value = item.value + movement.value
  if (remaining < 0 || reserved < 0 || reserved > remaining || value < 0) {
    throw balanceBelowZero(pkg, item)
  }
  await ledger.updateBalances(trx, item.id, { remaining, reserved, value })
  const entryId = await ledger.insertEntry(trx, op, pkg, item, movement, remaining)
  item.remaining = remaining
  item.reserved = reserved
  item.value = value
  return entryId
}

/**
 * Opens a package: its row, one item per service with its share of the price, and an opening
 * entry (`issue`, `transfer_in` or `migration`) per item with sessions. Returns the entry ids.
 */
export async function openPackage(
  trx: Knex,
  op: OpContext,
  packageId: string,
  input: NewPackage & {
    /** `remaining` (default: all `sessions`) is what a migrated package still has. */
    items: (IssuePackageInput["items"][number] & { remaining?: number })[]
  },
  entryType: "issue" | "transfer_in" | "migration" = "issue",
  related: { package_id: string | null } = { package_id: null }
): Promise<string[]> {
  await insertPackage(trx, packageId, input)
  const pkg = {
    id: packageId,
    customer_id: input.customer_id,
    currency_code: input.currency_code,
  }
  const entryIds: string[] = []
  for (const [position, item] of input.items.entries()) {
    const allocated = toCents(item.allocated_amount)
    const remaining = item.remaining ?? item.sessions
    // A migrated item keeps the value of the sessions it still has, pro rata.
    const value =
      remaining === item.sessions ? allocated : Math.round((allocated * remaining) / item.sessions)
    const itemId = await ledger.insertItem(trx, {
      package_id: packageId,
      position,
      salon_service_id: item.salon_service_id,
      service_name: item.service_name,
      total_sessions: item.sessions,
      remaining,
      allocated,
      value,
    })
    if (remaining === 0) continue
    entryIds.push(
      await ledger.insertEntry(
        trx,
        op,
        pkg,
        { id: itemId, salon_service_id: item.salon_service_id },
        {
          type: entryType,
          quantity: remaining,
          value,
          branch_id: input.selling_branch_id ?? null,
          staff_member_id: input.sold_by_staff_member_id ?? null,
          order_id: input.order_id ?? null,
          order_line_item_id: input.order_line_item_id ?? null,
          related_package_id: related.package_id,
        },
        remaining
      )
    )
  }
  return entryIds
}
