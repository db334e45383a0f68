import { ServicePackageWorkflowEvents as Events, movementEvents, releasedEvent } from "../events"
import { lockItems, setReserved } from "../repositories/ledger-repository"
import { bindBranch, lockPackage, readPackage } from "../repositories/package-repository"
import * as reservations from "../repositories/reservation-repository"
import type { ReleaseAnnouncement, ReservationDTO, ReserveSessionInput } from "../types"
import type { Knex } from "./db"
import {
  NothingToDo,
  assertUsable,
  noSessionsLeft,
  notAllowed,
  packageNotFound,
  serviceNotCovered,
} from "./errors"
import { day } from "./format"
import { applyMovement } from "./ledger"
import { proRata } from "./money"
import type { OperationPlan, OperationWork, StageEvents } from "./run-operation"
import { settlementSpec } from "./specs"

/** Releases a reservation whose package and item rows the caller has not locked yet. */
export async function releaseLocked(trx: Knex, reservation: ReservationDTO, reason: string) {
  await lockPackage(trx, reservation.package_id, "share")
  const [item] = await lockItems(trx, reservation.package_id, {
    id: reservation.package_item_id,
  })
  if (!(await reservations.resolveReservation(trx, reservation.id, "released", reason))) {
    return false
  }
  await setReserved(trx, item.id, item.reserved - 1)
  return true
}

/** The packages to try for a reservation: the one given (the customer's), or the eligible ones. */
async function candidatesFor(trx: Knex, input: ReserveSessionInput, startsAt: Date) {
  if (!input.package_id) {
    return await reservations.eligibleItems(trx, { ...input, at: startsAt })
  }
  const pkg = await readPackage(trx, input.package_id)
  // Another customer's package is reported exactly like a missing one.
  if (pkg.customer_id !== input.customer_id) throw packageNotFound(input.package_id)
  return [pkg].map(({ id, branch_scope, selling_branch_id }) => ({
    package_id: id,
    branch_scope,
    selling_branch_id,
  }))
}

/**
 * Holds a session for an appointment item in the caller's transaction: on the package given,
 * or on the first eligible one that is usable then. A reservation of the item on another
 * package is released in its place.
 */
export async function reserve(
  trx: Knex,
  input: ReserveSessionInput
): Promise<{
  reservation: ReservationDTO | null
  created: boolean
  /** The reservation of the item on another package, released in its place. */
  replaced: ReservationDTO | null
}> {
  const existing = await reservations.activeReservation(trx, input.appointment_item_id)
  if (existing && (!input.package_id || existing.package_id === input.package_id)) {
    return { reservation: existing, created: false, replaced: null }
  }
  const startsAt = new Date(input.starts_at)
  for (const candidate of await candidatesFor(trx, input, startsAt)) {
    if (candidate.branch_scope === "selling_branch" && !candidate.selling_branch_id) {
      await bindBranch(trx, candidate.package_id, input.branch_id)
    }
    const pkg = await lockPackage(trx, candidate.package_id, "share")
    const [item] = await lockItems(trx, pkg.id, { salon_service_id: input.salon_service_id })
    try {
      assertUsable(pkg, input.branch_id)
      if (new Date(pkg.expires_at).getTime() <= startsAt.getTime()) {
        throw notAllowed(
          `Package ${pkg.name} expires on ${day(pkg.expires_at)}, before the appointment`
        )
      }
      if (!item) throw serviceNotCovered(pkg, input.salon_service_id)
      if (item.remaining - item.reserved < 1) throw noSessionsLeft(pkg, item)
    } catch (error) {
      if (input.package_id) throw error
      continue
    }
    let replaced: ReservationDTO | null = null
    if (existing) {
      await releaseLocked(trx, existing, "replaced")
      replaced = existing
    }
    await setReserved(trx, item.id, item.reserved + 1)
    const reservation = await reservations.insertReservation(trx, input, {
      package_id: pkg.id,
      package_item_id: item.id,
    })
    return { reservation, created: true, replaced }
  }
  return { reservation: null, created: false, replaced: null }
}

/** How a reservation is settled: redeemed, forfeited, or released after its package expired. */
export type Settlement = "redeem" | "forfeit" | "expire"

export type SettlementContext = {
  staff_member_id?: string | null
  branch_id?: string | null
  reason?: string | null
  author_id?: string | null
  is_designated?: boolean | null
  /** Releases only: how the release is announced. */
  announce?: ReleaseAnnouncement
}

const SETTLED_STATUS = { redeem: "redeemed", forfeit: "forfeited", expire: "released" } as const

/**
 * Settles a reserved session by one entry of the settlement's type: claims the reservation
 * first ({@link NothingToDo} when it is no longer reserved), then uses the session up.
 */
const settleWork =
  (reservation: ReservationDTO, type: Settlement, context: SettlementContext): OperationWork =>
  async (trx, op) => {
    const pkg = await lockPackage(trx, reservation.package_id, "share")
    const [item] = await lockItems(trx, pkg.id, { id: reservation.package_item_id })
    const releaseReason =
      type === "expire" ? (context.reason ?? "released") : (context.reason ?? null)
    const claimed = await reservations.resolveReservation(
      trx,
      reservation.id,
      SETTLED_STATUS[type],
      releaseReason
    )
    if (!claimed) throw new NothingToDo()
    const entryId = await applyMovement(trx, op, pkg, item, {
      type,
      quantity: -1,
      value: -proRata(item.value, item.remaining, 1),
      reserved_delta: -1,
      branch_id: context.branch_id ?? reservation.branch_id,
      staff_member_id: type === "redeem" ? (context.staff_member_id ?? null) : null,
      appointment_id: reservation.appointment_id,
      appointment_item_id: reservation.appointment_item_id,
      reservation_id: reservation.id,
      reason:
        type === "expire"
          ? `Released after the package expired on ${day(pkg.expires_at)}`
          : (context.reason ?? null),
    })
    await reservations.linkLedgerEntry(trx, reservation.id, entryId)
    return { package_id: pkg.id, entry_ids: [entryId] }
  }

/** Holds the session of a settled or released reservation again (its entry already undone). */
export async function reopen(trx: Knex, reservation: ReservationDTO) {
  const pkg = await lockPackage(trx, reservation.package_id, "share")
  const [item] = await lockItems(trx, reservation.package_id, {
    id: reservation.package_item_id,
  })
  if (item.remaining - item.reserved < 1) throw noSessionsLeft(pkg, item)
  if (await reservations.reopenReservation(trx, reservation.id)) {
    await setReserved(trx, item.id, item.reserved + 1)
  }
}

/** Settles a reservation once per settlement type (null from the runner when it was not reserved). */
export async function settlementPlan(
  knex: Knex,
  reservationId: string,
  type: Settlement,
  context: SettlementContext
): Promise<OperationPlan> {
  const reservation = await reservations.readReservation(knex, reservationId)
  const designated =
    typeof context.is_designated === "boolean"
      ? { [reservation.appointment_item_id]: context.is_designated }
      : {}
  const announce = context.announce
  const events: StageEvents | undefined = {
    redeem: movementEvents(Events.SESSION_REDEEMED, { types: ["redeem"], designated }),
    forfeit: movementEvents(Events.SESSION_FORFEITED, { types: ["forfeit"] }),
    // A session released after its package expired is forfeited by an `expire` entry, but
    // reported as the release it was asked for (as before the package expired).
    expire: announce
      ? async (trx: Knex) => [await releasedEvent(trx, reservationId, announce)]
      : undefined,
  }[type]
  return {
    spec: settlementSpec(reservationId, type, context),
    work: settleWork(reservation, type, context),
    target: { package_id: reservation.package_id, customer_id: reservation.customer_id },
    events,
  }
}
