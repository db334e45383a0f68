import { MedusaError } from "@medusajs/framework/utils"
import * as branches from "../repositories/branch-repository"
import * as occupancy from "../repositories/occupancy-repository"
import * as schedules from "../repositories/schedule-repository"
import * as salonServices from "../repositories/salon-service-repository"
import * as staff from "../repositories/staff-repository"
import type { BookingContext } from "../types"
import type { BranchSpec } from "./availability"
import type { Knex } from "./db"
import { addDays } from "./time"
import { branchDay } from "./views"

/** A branch taking bookings, with its opening hours and closures; 404 or 400 otherwise. */
export async function loadBranch(knex: Knex, branchId: string): Promise<BranchSpec> {
  const branch = await branches.findBranch(knex, branchId)
  if (!branch) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Branch with id: ${branchId} was not found`)
  }
  if (!branch.is_active) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${branch.name} is not taking bookings (inactive)`
    )
  }
  const { hours, closures } = await branches.branchCalendar(knex, branchId)
  return {
    id: branch.id,
    name: branch.name,
    timezone: branch.timezone,
    opening_hours: hours,
    closures,
  }
}

export type BookingContextOptions = {
  from: string
  to: string
  staff_member_id: string | null
  online_only: boolean
  ignore_appointment_id?: string
}

/**
 * Services, the staff who may perform them here, their schedules and exceptions, matching
 * rooms, and everything already booked for those staff and rooms between the dates.
 */
export async function loadBookingContext(
  knex: Knex,
  branch: BranchSpec,
  serviceIds: string[],
  options: BookingContextOptions
): Promise<BookingContext> {
  if (!serviceIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "At least one salon service is required")
  }
  const uniqueServiceIds = [...new Set(serviceIds)]
  // Independent queries: one round trip instead of two.
  const [serviceRows, qualified] = await Promise.all([
    salonServices.bookableServices(knex, uniqueServiceIds),
    staff.qualifiedStaff(knex, branch.id, uniqueServiceIds, options.staff_member_id),
  ])
  const byId = new Map(serviceRows.map((row) => [row.id, row]))
  for (const id of uniqueServiceIds) {
    const row = byId.get(id)
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Salon service with id: ${id} was not found`
      )
    }
    if (!row.is_active) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${row.name} is no longer offered`)
    }
    if (options.online_only && !row.is_bookable_online) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${row.name} cannot be booked online; please call the salon`
      )
    }
  }

  if (options.staff_member_id) {
    const member = await staff.findStaffMember(knex, options.staff_member_id)
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Staff member with id: ${options.staff_member_id} was not found`
      )
    }
    const missing = uniqueServiceIds.filter(
      (id) => !qualified.some((row) => row.salon_service_id === id)
    )
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${member.name} does not perform ${missing.map((id) => byId.get(id)!.name).join(", ")} at ${branch.name}`
      )
    }
  }

  const staffIds = [...new Set(qualified.map((row) => row.id))]
  const roomTypes = [...new Set(serviceRows.map((row) => row.room_type).filter(Boolean))]
  const rangeStart = new Date(Date.parse(`${addDays(options.from, -1)}T00:00:00Z`))
  const rangeEnd = new Date(Date.parse(`${addDays(options.to, 2)}T00:00:00Z`))

  const [weekly, exceptions, rooms] = await Promise.all([
    schedules.weeklyShifts(knex, branch.id, staffIds),
    schedules.exceptionsBetween(
      knex,
      branch.id,
      staffIds,
      addDays(options.from, -1),
      addDays(options.to, 1)
    ),
    branches.activeRooms(knex, branch.id),
  ])

  const busy = await occupancy.loadBusy(
    knex,
    staffIds,
    rooms.filter((room) => roomTypes.includes(room.room_type)).map((room) => room.id),
    rangeStart,
    rangeEnd,
    options.ignore_appointment_id
  )

  return {
    branch,
    services: serviceIds.map((id) => {
      const row = byId.get(id)!
      return {
        id,
        name: row.name,
        variant_id: row.variant_id,
        duration_minutes: row.duration_minutes,
        processing_minutes: row.processing_minutes ?? 0,
        buffer_after_minutes: row.buffer_after_minutes ?? 0,
        room_type: row.room_type,
        is_bookable_online: row.is_bookable_online,
        staff_ids: qualified.filter((q) => q.salon_service_id === id).map((q) => q.id),
      }
    }),
    staff: staffIds.map((id) => {
      const row = qualified.find((candidate) => candidate.id === id)!
      return {
        id,
        name: row.name,
        level: row.level,
        weekly: weekly.filter((schedule) => schedule.staff_member_id === id),
        exceptions: exceptions.filter((exception) => exception.staff_member_id === id),
      }
    }),
    rooms,
    busy,
  }
}

/**
 * One day at a branch for the calendar: its opening hours, the staff working there with their
 * working intervals, and its rooms.
 */
export async function loadBranchDay(knex: Knex, branchId: string, date: string) {
  const branch = await loadBranch(knex, branchId)
  const staffRows = await staff.branchStaff(knex, branchId)
  const staffIds = staffRows.map((row) => row.id)
  const [weekly, exceptions, rooms] = await Promise.all([
    schedules.weeklyShifts(knex, branchId, staffIds),
    schedules.exceptionsOn(knex, branchId, staffIds, date),
    branches.allRooms(knex, branchId),
  ])
  return branchDay(branch, date, { staff: staffRows, weekly, exceptions, rooms })
}
