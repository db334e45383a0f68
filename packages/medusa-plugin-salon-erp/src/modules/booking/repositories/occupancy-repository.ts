import { type BusyMap, type Interval, normalize } from "../lib/availability"
import type { Knex } from "../lib/db"
import { occupancyRows } from "../lib/plan"
import type { OccupancyOwner, PlannedBooking } from "../types"

/**
 * Takes a transaction-long advisory lock on each resource key, in the order given (callers sort
 * them: one global order, so clashing writers queue instead of deadlocking).
 */
export async function lockResources(trx: Knex, resourceKeys: string[]): Promise<void> {
  for (const resource of resourceKeys) {
    await trx.raw("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", [`occupancy:${resource}`])
  }
}

/** Writes the plan's occupancies for their owner (an appointment, or a hold until it lapses). */
export async function insertOccupancies(
  trx: Knex,
  planned: PlannedBooking,
  owner: OccupancyOwner
): Promise<void> {
  await trx("occupancy").insert(occupancyRows(planned, owner))
}

/** Frees or takes back the staff and rooms of an appointment. */
export async function setAppointmentOccupancyActive(
  trx: Knex,
  appointmentId: string,
  isActive: boolean
): Promise<void> {
  await trx("occupancy")
    .update({ is_active: isActive, updated_at: trx.fn.now() })
    .where({ appointment_id: appointmentId })
    .whereNull("deleted_at")
}

/** Frees the staff and rooms of these holds. */
export async function deactivateHoldOccupancy(trx: Knex, holdIds: string[]): Promise<void> {
  await trx("occupancy")
    .update({ is_active: false, updated_at: trx.fn.now() })
    .whereIn("hold_id", holdIds)
    .whereNull("deleted_at")
}

/** Hard-deletes an appointment's occupancies (a move writes new ones; a compensation erases). */
export async function deleteAppointmentOccupancy(trx: Knex, appointmentId: string): Promise<void> {
  await trx("occupancy").where({ appointment_id: appointmentId }).whereNull("deleted_at").delete()
}

/**
 * Deactivates lapsed holds' occupancies of these staff members and rooms (still active, they
 * would trip the exclusion constraint); returns the holds they belonged to.
 */
export async function deactivateLapsedHoldOccupancy(
  trx: Knex,
  staffIds: string[],
  roomIds: string[]
): Promise<string[]> {
  const released = await trx("occupancy")
    .update({ is_active: false, updated_at: trx.fn.now() })
    .where("is_active", true)
    .whereNotNull("hold_id")
    .whereNull("deleted_at")
    .where("expires_at", "<=", trx.fn.now())
    .where((builder) => {
      builder.whereIn("staff_member_id", staffIds)
      if (roomIds.length) builder.orWhereIn("room_id", roomIds)
    })
    .returning("hold_id")
  return [...new Set(released.map((row: { hold_id: string }) => row.hold_id))]
}

/** Active occupancies of the staff members and rooms overlapping [from, to), as sorted ranges. */
export async function loadBusy(
  knex: Knex,
  staffIds: string[],
  roomIds: string[],
  from: Date,
  to: Date,
  ignoreAppointmentId?: string
): Promise<BusyMap> {
  const busy: BusyMap = new Map()
  if (!staffIds.length && !roomIds.length) {
    return busy
  }
  // One row per staff member or room with its ranges as float8 arrays (epoch ms): thousands of
  // occupancies arrive as a few dozen rows and no Date is parsed.
  const query = knex("occupancy")
    .select(
      knex.raw("coalesce(staff_member_id, room_id) as resource_id"),
      knex.raw(
        "array_agg((extract(epoch from starts_at) * 1000)::float8 order by starts_at) as starts"
      ),
      knex.raw("array_agg((extract(epoch from ends_at) * 1000)::float8 order by starts_at) as ends")
    )
    .where("is_active", true)
    .where((builder) => builder.whereNull("expires_at").orWhere("expires_at", ">", knex.fn.now()))
    .where((builder) => {
      if (staffIds.length) builder.orWhereIn("staff_member_id", staffIds)
      if (roomIds.length) builder.orWhereIn("room_id", roomIds)
    })
    .where("starts_at", "<", to)
    .where("ends_at", ">", from)
    .whereNull("deleted_at")
    .groupByRaw("coalesce(staff_member_id, room_id)")
  if (ignoreAppointmentId) {
    query.where((builder) =>
      builder.whereNull("appointment_id").orWhereNot("appointment_id", ignoreAppointmentId)
    )
  }
  for (const row of (await query) as unknown as {
    resource_id: string
    starts: number[]
    ends: number[]
  }[]) {
    busy.set(
      row.resource_id,
      normalize(
        row.starts.map((start, i) => [Number(start), Number(row.ends[i])]),
        false
      )
    )
  }
  return busy
}

/** Booked minutes per staff member within 12 hours of `instant` (to spread unassigned work). */
export async function staffLoad(
  knex: Knex,
  staffIds: string[],
  instant: number
): Promise<Map<string, number>> {
  const load = new Map<string, number>()
  if (!staffIds.length) return load
  const rows = await knex("occupancy")
    .select("staff_member_id")
    .sum({ minutes: knex.raw("EXTRACT(EPOCH FROM (ends_at - starts_at)) / 60") })
    .where("is_active", true)
    .whereIn("staff_member_id", staffIds)
    .where("starts_at", ">=", new Date(instant - 12 * 3_600_000))
    .where("starts_at", "<", new Date(instant + 12 * 3_600_000))
    .whereNull("deleted_at")
    .groupBy("staff_member_id")
  for (const row of rows as unknown as { staff_member_id: string; minutes: string }[]) {
    load.set(row.staff_member_id, Number(row.minutes))
  }
  return load
}

/** An active occupancy of the staff member or room overlapping the range, if any. */
export async function findClash(
  knex: Knex,
  resource: { staff_member_id: string } | { room_id: string },
  [start, end]: Interval
): Promise<{ starts_at: Date; ends_at: Date } | undefined> {
  return await knex("occupancy")
    .select("starts_at", "ends_at")
    .where({ ...resource, is_active: true })
    .where("starts_at", "<", new Date(end))
    .where("ends_at", ">", new Date(start))
    .whereNull("deleted_at")
    .first()
}
