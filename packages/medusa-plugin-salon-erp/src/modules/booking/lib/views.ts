import type { BranchStaffRow } from "../repositories/staff-repository"
import type { StaffExceptionRow, StaffShiftRow } from "../repositories/schedule-repository"
import type { AvailabilityResultDTO, BookingContext } from "../types"
import {
  type BranchSpec,
  type RoomSpec,
  type Slot,
  isClosed,
  openingIntervals,
  workingIntervals,
} from "./availability"
import { minutesToTime, toLocal } from "./time"

const iso = (instant: number) => new Date(instant).toISOString()

/** The slots found, with local dates and times, as the availability routes return them. */
export function availabilityResult(
  context: BookingContext,
  range: { from: string; to: string; slot_interval_minutes: number },
  slots: Slot[]
): AvailabilityResultDTO {
  const { branch } = context
  return {
    branch_id: branch.id,
    timezone: branch.timezone,
    from: range.from,
    to: range.to,
    slot_interval_minutes: range.slot_interval_minutes,
    staff_members: context.staff.map(({ id, name, level }) => ({ id, name, level })),
    slots: slots.map((slot) => {
      const local = toLocal(slot.starts_at, branch.timezone)
      return {
        starts_at: iso(slot.starts_at),
        ends_at: iso(slot.ends_at),
        local_date: local.date,
        local_time: minutesToTime(local.minutes),
        items: slot.items.map((item) => ({
          salon_service_id: item.salon_service_id,
          starts_at: iso(item.starts_at),
          ends_at: iso(item.ends_at),
          staff_member_ids: item.staff_member_ids,
          room_ids: item.room_ids,
        })),
      }
    }),
  }
}

/** One day at a branch for the calendar: opening hours, staff working intervals, rooms. */
export function branchDay(
  branch: BranchSpec,
  date: string,
  day: {
    staff: BranchStaffRow[]
    weekly: StaffShiftRow[]
    exceptions: StaffExceptionRow[]
    rooms: (RoomSpec & { is_active: boolean })[]
  }
) {
  return {
    branch: { id: branch.id, name: branch.name, timezone: branch.timezone },
    date,
    closure: isClosed(branch, date) ?? null,
    opening_hours: openingIntervals(branch, date).map(([s, e]) => ({
      starts_at: iso(s),
      ends_at: iso(e),
    })),
    staff_members: day.staff.map((row) => {
      const spec = {
        id: row.id,
        name: row.name,
        weekly: day.weekly.filter((schedule) => schedule.staff_member_id === row.id),
        exceptions: day.exceptions.filter((exception) => exception.staff_member_id === row.id),
      }
      return {
        id: row.id,
        name: row.name,
        level: row.level,
        color: row.color,
        working: workingIntervals(branch, spec, date).map(([s, e]) => ({
          starts_at: iso(s),
          ends_at: iso(e),
        })),
        exceptions: spec.exceptions.map(({ kind, starts_at, ends_at, reason }) => ({
          kind,
          starts_at,
          ends_at,
          reason,
        })),
      }
    }),
    rooms: day.rooms,
  }
}
