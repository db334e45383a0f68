import { generateEntityId } from "@medusajs/framework/utils"
import { STAFF_BRANCH_ID_PREFIX, STAFF_SERVICE_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { StaffLevel } from "../models/staff-member"

/** A staff member qualified for one of the services (one row per staff member and service). */
export type QualifiedStaffRow = {
  id: string
  name: string
  level: StaffLevel
  salon_service_id: string
}

export type BranchStaffRow = { id: string; name: string; level: StaffLevel; color: string | null }

/** The sets a staff member is linked to, with the column that names the other side. */
const STAFF_LINKS = {
  staff_branch: { column: "branch_id", prefix: STAFF_BRANCH_ID_PREFIX },
  staff_service: { column: "salon_service_id", prefix: STAFF_SERVICE_ID_PREFIX },
} as const

/**
 * Replaces the branches or services of a staff member; returns the previous ids. The old rows
 * are hard-deleted (soft-deleted ones too), as they always were.
 */
export async function replaceStaffLinks(
  trx: Knex,
  table: keyof typeof STAFF_LINKS,
  staffMemberId: string,
  ids: string[]
): Promise<string[]> {
  const { column, prefix } = STAFF_LINKS[table]
  const previous = await trx(table)
    .select(column)
    .where({ staff_member_id: staffMemberId })
    .whereNull("deleted_at")
  await trx(table).where({ staff_member_id: staffMemberId }).delete()
  const unique = [...new Set(ids)]
  if (unique.length) {
    await trx(table).insert(
      unique.map((id) => ({
        id: generateEntityId(undefined, prefix),
        staff_member_id: staffMemberId,
        [column]: id,
      }))
    )
  }
  return previous.map((row: Record<string, string>) => row[column])
}

/** Replaces the staff qualified for a service; returns the previous staff member ids. */
export async function replaceServiceStaff(
  trx: Knex,
  salonServiceId: string,
  staffMemberIds: string[]
): Promise<string[]> {
  const previous = await trx("staff_service")
    .select("staff_member_id")
    .where({ salon_service_id: salonServiceId })
    .whereNull("deleted_at")
  await trx("staff_service").where({ salon_service_id: salonServiceId }).delete()
  const unique = [...new Set(staffMemberIds)]
  if (unique.length) {
    await trx("staff_service").insert(
      unique.map((staffMemberId) => ({
        id: generateEntityId(undefined, STAFF_SERVICE_ID_PREFIX),
        staff_member_id: staffMemberId,
        salon_service_id: salonServiceId,
      }))
    )
  }
  return previous.map((row: { staff_member_id: string }) => row.staff_member_id)
}

/** Active staff members working at the branch and qualified for any of the services. */
export async function qualifiedStaff(
  knex: Knex,
  branchId: string,
  serviceIds: string[],
  staffMemberId: string | null
): Promise<QualifiedStaffRow[]> {
  const query = knex("staff_member as sm")
    .join("staff_branch as sb", function () {
      this.on("sb.staff_member_id", "sm.id").andOnNull("sb.deleted_at")
    })
    .join("staff_service as ss", function () {
      this.on("ss.staff_member_id", "sm.id").andOnNull("ss.deleted_at")
    })
    .select("sm.id", "sm.name", "sm.level", "ss.salon_service_id")
    .where("sb.branch_id", branchId)
    .whereIn("ss.salon_service_id", serviceIds)
    .where("sm.is_active", true)
    .whereNull("sm.deleted_at")
  if (staffMemberId) {
    query.where("sm.id", staffMemberId)
  }
  return await query
}

export async function findStaffMember(
  knex: Knex,
  staffMemberId: string
): Promise<{ id: string; name: string } | undefined> {
  return await knex("staff_member")
    .select("id", "name")
    .where({ id: staffMemberId })
    .whereNull("deleted_at")
    .first()
}

/** The name, deleted members too (a clash may be with one removed since). */
export async function staffMemberName(
  knex: Knex,
  staffMemberId: string
): Promise<string | undefined> {
  const member = await knex("staff_member").select("name").where({ id: staffMemberId }).first()
  return member?.name
}

/** Active staff members working at the branch, by name. */
export async function branchStaff(knex: Knex, branchId: string): Promise<BranchStaffRow[]> {
  return await knex("staff_member as sm")
    .join("staff_branch as sb", function () {
      this.on("sb.staff_member_id", "sm.id").andOnNull("sb.deleted_at")
    })
    .select("sm.id", "sm.name", "sm.level", "sm.color")
    .where("sb.branch_id", branchId)
    .where("sm.is_active", true)
    .whereNull("sm.deleted_at")
    .orderBy("sm.name")
}
