import { ServicePackageWorkflowEvents as Events, movementEvents } from "../events"
import * as ledger from "../repositories/ledger-repository"
import * as packages from "../repositories/package-repository"
import type {
  AdjustSessionsInput,
  ItemRow,
  PackageRow,
  RedeemSessionsInput,
  ReverseEntryInput,
} from "../types"
import type { Knex } from "./db"
import * as errors from "./errors"
import { applyMovement } from "./ledger"
import { proRata, toCents } from "./money"
import type { OperationPlan, OperationWork } from "./run-operation"
import { adjustSpec, redeemSpec, reverseSpec } from "./specs"
import { checkAdjustment, checkQuantity } from "./validation"

/*
 * The session operations (redeem, reverse, adjust) as plans for runOperation. Their work locks
 * the package, then the item, checks the balance and applies one movement.
 */

/** The item of a locked package a movement is on, locked; refused when the package lacks it. */
async function itemFor(
  trx: Knex,
  pkg: PackageRow,
  ref: { package_item_id?: string | null; salon_service_id?: string | null }
): Promise<ItemRow> {
  const filter = ref.package_item_id
    ? { id: ref.package_item_id }
    : { salon_service_id: ref.salon_service_id! }
  const [item] = await ledger.lockItems(trx, pkg.id, filter)
  if (item) return item
  if (ref.package_item_id) throw errors.itemNotFound(ref.package_item_id, pkg)
  throw errors.serviceNotCovered(pkg, ref.salon_service_id!)
}

/** Redeems unreserved sessions at their pro-rata value. */
const redeemWork =
  (input: RedeemSessionsInput, quantity: number): OperationWork =>
  async (trx, op, before) => {
    if (before?.branch_scope === "selling_branch" && !before.selling_branch_id) {
      await packages.bindBranch(trx, input.package_id, input.branch_id)
    }
    const pkg = await packages.lockPackage(trx, input.package_id, "share")
    errors.assertUsable(pkg, input.branch_id)
    const item = await itemFor(trx, pkg, input)
    if (item.remaining - item.reserved < quantity) {
      throw errors.noSessionsLeft(pkg, item, quantity)
    }
    const value = proRata(item.value, item.remaining, quantity)
    const entryId = await applyMovement(trx, op, pkg, item, {
      type: "redeem",
      quantity: -quantity,
      value: -value,
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id,
      appointment_id: input.appointment_id,
      appointment_item_id: input.appointment_item_id,
      reason: input.reason,
    })
    return { package_id: pkg.id, entry_ids: [entryId] }
  }

/** Reverses a redemption, forfeit or adjustment once, on an active or frozen package. */
const reverseWork =
  (input: ReverseEntryInput): OperationWork =>
  async (trx, op) => {
    const pkg = await packages.lockPackage(trx, input.package_id, "update")
    const entry = await ledger.findEntry(trx, input.entry_id, pkg.id)
    if (!entry) throw errors.entryNotFound(input.entry_id, pkg)
    if (!["redeem", "forfeit", "adjust"].includes(entry.type)) {
      throw errors.notAllowed(
        `Only redemptions, forfeits and adjustments can be reversed; ${entry.id} is a ${entry.type} entry`
      )
    }
    if (!["active", "frozen"].includes(pkg.status)) {
      throw errors.packageStatusRefuses(pkg, "its entries can no longer be reversed")
    }
    const already = await ledger.findReversal(trx, entry.id)
    if (already) throw errors.alreadyReversed(entry.id, already.id)
    const [item] = await ledger.lockItems(trx, pkg.id, { id: entry.package_item_id })
    if (entry.quantity > 0 && item.remaining - item.reserved < entry.quantity) {
      throw errors.noSessionsLeft(pkg, item, entry.quantity)
    }
    const entryId = await applyMovement(trx, op, pkg, item, {
      type: "reverse",
      quantity: -entry.quantity,
      value: -toCents(entry.value),
      reverses_entry_id: entry.id,
      reservation_id: entry.reservation_id,
      reason: input.reason,
    })
    return { package_id: pkg.id, entry_ids: [entryId] }
  }

/** Adds sessions without value, or takes unreserved ones away at their pro-rata value. */
const adjustWork =
  (input: AdjustSessionsInput): OperationWork =>
  async (trx, op) => {
    const pkg = await packages.lockPackage(trx, input.package_id, "update")
    if (!["active", "frozen"].includes(pkg.status)) {
      throw errors.packageStatusRefuses(pkg, "its sessions can no longer be adjusted")
    }
    const item = await itemFor(trx, pkg, { package_item_id: input.package_item_id })
    if (input.quantity < 0 && item.remaining - item.reserved < -input.quantity) {
      throw errors.noSessionsLeft(pkg, item, -input.quantity)
    }
    const value = input.quantity < 0 ? -proRata(item.value, item.remaining, -input.quantity) : 0
    const entryId = await applyMovement(trx, op, pkg, item, {
      type: "adjust",
      quantity: input.quantity,
      value,
      branch_id: input.branch_id,
      reason: input.reason,
    })
    return { package_id: pkg.id, entry_ids: [entryId] }
  }

/** Redeems sessions of one service (1 by default), named by service or package item. */
export function redeemPlan(input: RedeemSessionsInput): OperationPlan {
  const quantity = input.quantity ?? 1
  checkQuantity(quantity)
  if (!input.package_item_id && !input.salon_service_id) {
    throw errors.invalid("Give the salon_service_id (or package_item_id) to redeem")
  }
  return {
    spec: redeemSpec(input, quantity),
    work: redeemWork(input, quantity),
    target: { package_id: input.package_id },
    events: movementEvents(Events.SESSION_REDEEMED, { types: ["redeem"] }),
  }
}

export const reversePlan = (input: ReverseEntryInput): OperationPlan => ({
  spec: reverseSpec(input),
  work: reverseWork(input),
  target: { package_id: input.package_id },
  events: movementEvents(Events.ENTRY_REVERSED),
})

export function adjustPlan(input: AdjustSessionsInput): OperationPlan {
  checkAdjustment(input.quantity)
  return {
    spec: adjustSpec(input),
    work: adjustWork(input),
    target: { package_id: input.package_id },
    events: movementEvents(Events.ADJUSTED),
  }
}
