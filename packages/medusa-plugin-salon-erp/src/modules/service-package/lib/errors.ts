import { MedusaError } from "@medusajs/framework/utils"
import type { ItemRow, PackageRow } from "../types"
import { day, plural } from "./format"

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Raised inside a transaction when a system operation finds nothing to do (rolls it back). */
export class NothingToDo extends Error {}

export const packageNotFound = (packageId: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Service package with id: ${packageId} was not found`
  )

export const reservationNotFound = (reservationId: string) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Package reservation with id: ${reservationId} was not found`
  )

export const itemNotFound = (itemId: string, pkg: Pick<PackageRow, "name">) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Package item with id: ${itemId} was not found on package ${pkg.name}`
  )

export const entryNotFound = (entryId: string, pkg: Pick<PackageRow, "name">) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Ledger entry with id: ${entryId} was not found on package ${pkg.name}`
  )

export const idempotencyKeyRequired = () =>
  invalid("An idempotency key is required (Idempotency-Key header or idempotency_key)")

export const keyUsedForAnotherRequest = (key: string, op: { type: string; package_id: string }) =>
  new MedusaError(
    MedusaError.Types.DUPLICATE_ERROR,
    `Idempotency key "${key}" was already used for a different request (${op.type} on package ${op.package_id}); send a new key for a new request`
  )

export const serviceNotCovered = (pkg: Pick<PackageRow, "name">, salonServiceId: string) =>
  notAllowed(`Package ${pkg.name} does not cover the salon service ${salonServiceId}`)

export const balanceBelowZero = (pkg: Pick<PackageRow, "name">, item: ItemRow) =>
  notAllowed(`No sessions left of ${item.service_name} on package ${pkg.name}`)

export const alreadyReversed = (entryId: string | null | undefined, by?: string) =>
  notAllowed(`Ledger entry ${entryId} was already reversed${by ? ` by ${by}` : ""}`)

/** A package in a status that refuses the change (`what`: "its sessions can no longer be adjusted"). */
export const packageStatusRefuses = (pkg: Pick<PackageRow, "name" | "status">, what: string) =>
  notAllowed(`Package ${pkg.name} is ${pkg.status}; ${what}`)

export function noSessionsLeft(pkg: PackageRow, item: ItemRow, wanted = 1) {
  const free = item.remaining - item.reserved
  const detail =
    item.reserved > 0
      ? ` (${plural(item.remaining, "session")} remaining, ${item.reserved} reserved for upcoming appointments)`
      : ""
  return notAllowed(
    free <= 0
      ? `No sessions left of ${item.service_name} on package ${pkg.name}${detail}`
      : `Only ${plural(free, "session")} left of ${item.service_name} on package ${pkg.name}; ${wanted} requested${detail}`
  )
}

/** Refuses use of a package that is not active, has expired, or belongs to another branch. */
export function assertUsable(pkg: PackageRow, branchId: string | null, at: Date = new Date()) {
  if (pkg.status === "frozen") {
    throw notAllowed(
      `Package ${pkg.name} is frozen${pkg.frozen_reason ? ` (${pkg.frozen_reason})` : ""}; unfreeze it first`
    )
  }
  if (pkg.status !== "active") {
    throw packageStatusRefuses(pkg, "its sessions can no longer be used")
  }
  if (new Date(pkg.expires_at).getTime() <= at.getTime()) {
    throw notAllowed(`Package ${pkg.name} expired on ${day(pkg.expires_at)}`)
  }
  if (
    branchId &&
    pkg.branch_scope === "selling_branch" &&
    pkg.selling_branch_id &&
    pkg.selling_branch_id !== branchId
  ) {
    throw notAllowed(
      `Package ${pkg.name} can only be used at the branch that sold it (${pkg.selling_branch_id}), not at ${branchId}`
    )
  }
}

export { invalid, notAllowed }
