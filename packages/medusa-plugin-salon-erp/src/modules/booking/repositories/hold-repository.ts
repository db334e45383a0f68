import type { PlannedItem } from "../lib/availability"
import type { Knex } from "../lib/db"
import { spanOf } from "../lib/plan"
import type { PlannedBooking } from "../types"
import { deactivateHoldOccupancy, deactivateLapsedHoldOccupancy } from "./occupancy-repository"

export type HoldRow = {
  id: string
  customer_id: string | null
  branch_id: string
  status: "active" | "converted" | "released" | "expired"
  appointment_id: string | null
  expires_at: Date
  /** The planned items, as written by {@link insertHold}. */
  plan: string | PlannedItem[]
}

export async function findHold(knex: Knex, holdId: string): Promise<HoldRow | undefined> {
  return await knex("appointment_hold").where({ id: holdId }).whereNull("deleted_at").first()
}

export async function insertHold(
  trx: Knex,
  holdId: string,
  customerId: string | null,
  planned: PlannedBooking,
  expiresAt: Date
): Promise<void> {
  const span = spanOf(planned)
  await trx("appointment_hold").insert({
    id: holdId,
    customer_id: customerId,
    branch_id: planned.branch.id,
    status: "active",
    starts_at: span.starts_at,
    ends_at: span.ends_at,
    expires_at: expiresAt,
    plan: JSON.stringify(
      planned.items.map((item) => ({
        position: item.position,
        salon_service_id: item.salon_service_id,
        staff_member_id: item.staff_member_id,
        room_id: item.room_id,
        is_designated: item.is_designated,
        starts_at: item.starts_at,
        ends_at: item.ends_at,
        staff_ranges: item.staff_ranges,
        room_range: item.room_range,
      }))
    ),
  })
}

/** Frees what a hold took and marks it converted into the appointment. */
export async function convertHold(trx: Knex, holdId: string, appointmentId: string) {
  await deactivateHoldOccupancy(trx, [holdId])
  await trx("appointment_hold")
    .update({ status: "converted", appointment_id: appointmentId, updated_at: trx.fn.now() })
    .where({ id: holdId })
}

/** Releases an active hold and frees what it took; false when it was not active. */
export async function releaseHold(trx: Knex, holdId: string): Promise<boolean> {
  const updated = await trx("appointment_hold")
    .update({ status: "released", updated_at: trx.fn.now() })
    .where({ id: holdId, status: "active" })
    .returning("id")
  if (updated.length) {
    await deactivateHoldOccupancy(trx, [holdId])
  }
  return updated.length > 0
}

/** Marks every lapsed active hold expired and frees what they took; returns their ids. */
export async function expireLapsedHolds(trx: Knex): Promise<string[]> {
  const expired = await trx("appointment_hold")
    .update({ status: "expired", updated_at: trx.fn.now() })
    .where("status", "active")
    .where("expires_at", "<=", trx.fn.now())
    .returning("id")
  const ids = expired.map((row: { id: string }) => row.id)
  if (ids.length) {
    await deactivateHoldOccupancy(trx, ids)
  }
  return ids
}

/** Lapsed holds still marked active would trip the exclusion constraint: release them first. */
export async function releaseLapsedHoldsOf(
  trx: Knex,
  staffIds: string[],
  roomIds: string[]
): Promise<void> {
  const holdIds = await deactivateLapsedHoldOccupancy(trx, staffIds, roomIds)
  if (holdIds.length) {
    await trx("appointment_hold")
      .update({ status: "expired", updated_at: trx.fn.now() })
      .whereIn("id", holdIds)
      .where("status", "active")
  }
}
