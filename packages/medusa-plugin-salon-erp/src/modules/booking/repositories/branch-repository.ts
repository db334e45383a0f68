import { generateEntityId } from "@medusajs/framework/utils"
import type { ClosureSpec, RoomSpec } from "../lib/availability"
import { BRANCH_OPENING_HOURS_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { OpeningHours } from "../types"

export type BranchRow = { id: string; name: string; timezone: string; is_active: boolean }

export async function findBranch(knex: Knex, branchId: string): Promise<BranchRow | undefined> {
  return await knex("branch")
    .select("id", "name", "timezone", "is_active")
    .where({ id: branchId })
    .whereNull("deleted_at")
    .first()
}

/** The branch's weekly opening hours and its closures, in one round trip. */
export async function branchCalendar(
  knex: Knex,
  branchId: string
): Promise<{ hours: OpeningHours[]; closures: ClosureSpec[] }> {
  const [hours, closures] = await Promise.all([
    knex("branch_opening_hours")
      .select("weekday", "opens_at", "closes_at")
      .where({ branch_id: branchId })
      .whereNull("deleted_at"),
    knex("branch_closure")
      .select("starts_on", "ends_on", "reason")
      .where({ branch_id: branchId })
      .whereNull("deleted_at"),
  ])
  return { hours, closures }
}

/**
 * Replaces a branch's opening hours; returns the previous ones. The old rows are hard-deleted
 * (soft-deleted ones too), as they always were.
 */
export async function replaceOpeningHours(
  trx: Knex,
  branchId: string,
  hours: OpeningHours[]
): Promise<OpeningHours[]> {
  const previous = await trx("branch_opening_hours")
    .select("weekday", "opens_at", "closes_at")
    .where({ branch_id: branchId })
    .whereNull("deleted_at")
  await trx("branch_opening_hours").where({ branch_id: branchId }).delete()
  if (hours.length) {
    await trx("branch_opening_hours").insert(
      hours.map((entry) => ({
        id: generateEntityId(undefined, BRANCH_OPENING_HOURS_ID_PREFIX),
        branch_id: branchId,
        ...entry,
      }))
    )
  }
  return previous as OpeningHours[]
}

/** The branch's active rooms, by name. */
export async function activeRooms(knex: Knex, branchId: string): Promise<RoomSpec[]> {
  return await knex("room")
    .select("id", "name", "room_type")
    .where({ branch_id: branchId, is_active: true })
    .whereNull("deleted_at")
    .orderBy("name")
}

/** All the branch's rooms, inactive too (past appointments of a day may have used them). */
export async function allRooms(
  knex: Knex,
  branchId: string
): Promise<(RoomSpec & { is_active: boolean })[]> {
  return await knex("room")
    .select("id", "name", "room_type", "is_active")
    .where({ branch_id: branchId })
    .whereNull("deleted_at")
    .orderBy("name")
}

export async function roomName(knex: Knex, roomId: string): Promise<string | undefined> {
  const room = await knex("room").select("name").where({ id: roomId }).first()
  return room?.name
}
