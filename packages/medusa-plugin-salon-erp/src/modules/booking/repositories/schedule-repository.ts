import { generateEntityId } from "@medusajs/framework/utils"
import type { ExceptionSpec } from "../lib/availability"
import { STAFF_SCHEDULE_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { BranchShift, WeeklyShift } from "../types"

export type StaffShiftRow = WeeklyShift & { staff_member_id: string }
export type StaffExceptionRow = ExceptionSpec & { staff_member_id: string; reason?: string | null }

/**
 * Replaces a staff member's weekly shifts at one branch; returns the previous shifts. The old
 * rows are hard-deleted (soft-deleted ones too), as they always were.
 */
export async function replaceStaffSchedule(
  trx: Knex,
  staffMemberId: string,
  branchId: string,
  shifts: WeeklyShift[]
): Promise<WeeklyShift[]> {
  const previous = await trx("staff_schedule")
    .select("weekday", "starts_at", "ends_at")
    .where({ staff_member_id: staffMemberId, branch_id: branchId })
    .whereNull("deleted_at")
  await trx("staff_schedule")
    .where({ staff_member_id: staffMemberId, branch_id: branchId })
    .delete()
  await insertShifts(
    trx,
    staffMemberId,
    shifts.map((shift) => ({ branch_id: branchId, ...shift }))
  )
  return previous as WeeklyShift[]
}

/** Hard-deletes a staff member's shifts at branches other than these; returns them. */
export async function removeShiftsOutside(
  trx: Knex,
  staffMemberId: string,
  branchIds: string[]
): Promise<BranchShift[]> {
  const removed = await trx("staff_schedule")
    .select("branch_id", "weekday", "starts_at", "ends_at")
    .where({ staff_member_id: staffMemberId })
    .whereNotIn("branch_id", branchIds.length ? branchIds : [""])
    .whereNull("deleted_at")
  await trx("staff_schedule")
    .where({ staff_member_id: staffMemberId })
    .whereNotIn("branch_id", branchIds.length ? branchIds : [""])
    .delete()
  return removed
}

export async function insertShifts(
  trx: Knex,
  staffMemberId: string,
  shifts: BranchShift[]
): Promise<void> {
  if (!shifts.length) return
  await trx("staff_schedule").insert(
    shifts.map((shift) => ({
      id: generateEntityId(undefined, STAFF_SCHEDULE_ID_PREFIX),
      staff_member_id: staffMemberId,
      ...shift,
    }))
  )
}

/** The weekly shifts of these staff members at the branch. */
export async function weeklyShifts(
  knex: Knex,
  branchId: string,
  staffIds: string[]
): Promise<StaffShiftRow[]> {
  if (!staffIds.length) return []
  return await knex("staff_schedule")
    .select("staff_member_id", "weekday", "starts_at", "ends_at")
    .where("branch_id", branchId)
    .whereIn("staff_member_id", staffIds)
    .whereNull("deleted_at")
}

/** Time off anywhere and extra or changed shifts at the branch, between two local dates. */
export async function exceptionsBetween(
  knex: Knex,
  branchId: string,
  staffIds: string[],
  from: string,
  to: string
): Promise<StaffExceptionRow[]> {
  if (!staffIds.length) return []
  return await knex("schedule_exception")
    .select("staff_member_id", "kind", "date", "starts_at", "ends_at")
    .whereIn("staff_member_id", staffIds)
    .whereBetween("date", [from, to])
    .where((builder) => builder.where("kind", "time_off").orWhere("branch_id", branchId))
    .whereNull("deleted_at")
}

/** The same for one day, with the reasons (the calendar shows them). */
export async function exceptionsOn(
  knex: Knex,
  branchId: string,
  staffIds: string[],
  date: string
): Promise<StaffExceptionRow[]> {
  if (!staffIds.length) return []
  return await knex("schedule_exception")
    .select("staff_member_id", "kind", "date", "starts_at", "ends_at", "reason")
    .whereIn("staff_member_id", staffIds)
    .where("date", date)
    .where((builder) => builder.where("kind", "time_off").orWhere("branch_id", branchId))
    .whereNull("deleted_at")
}
