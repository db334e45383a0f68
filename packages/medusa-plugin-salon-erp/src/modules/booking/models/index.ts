import type { InferTypeOf } from "@medusajs/framework/types"
import { Appointment } from "./appointment"
import { AppointmentHold } from "./appointment-hold"
import { AppointmentItem } from "./appointment-item"
import { Branch } from "./branch"
import { BranchClosure } from "./branch-closure"
import { BranchOpeningHours } from "./branch-opening-hours"
import { Occupancy } from "./occupancy"
import { BookingOutboxEvent } from "./outbox-event"
import { Room } from "./room"
import { SalonService } from "./salon-service"
import { ScheduleException } from "./schedule-exception"
import { StaffBranch } from "./staff-branch"
import { StaffMember } from "./staff-member"
import { StaffSchedule } from "./staff-schedule"
import { StaffService } from "./staff-service"

export {
  Appointment,
  AppointmentHold,
  AppointmentItem,
  BookingOutboxEvent,
  Branch,
  BranchClosure,
  BranchOpeningHours,
  Occupancy,
  Room,
  SalonService,
  ScheduleException,
  StaffBranch,
  StaffMember,
  StaffSchedule,
  StaffService,
}
export { STAFF_LEVELS } from "./staff-member"
export { APPOINTMENT_STATUSES, APPOINTMENT_SOURCES } from "./appointment"
export { BOOKING_OUTBOX_TABLE } from "./outbox-event"

/** The module's models by name, as MedusaService generates their CRUD (typed: the inferred type is too long to emit). */
type BookingModels = {
  Branch: typeof Branch
  BranchOpeningHours: typeof BranchOpeningHours
  BranchClosure: typeof BranchClosure
  Room: typeof Room
  StaffMember: typeof StaffMember
  StaffBranch: typeof StaffBranch
  StaffService: typeof StaffService
  SalonService: typeof SalonService
  StaffSchedule: typeof StaffSchedule
  ScheduleException: typeof ScheduleException
  Appointment: typeof Appointment
  AppointmentItem: typeof AppointmentItem
  Occupancy: typeof Occupancy
  AppointmentHold: typeof AppointmentHold
  BookingOutboxEvent: typeof BookingOutboxEvent
}

export const BOOKING_MODELS: BookingModels = {
  Branch,
  BranchOpeningHours,
  BranchClosure,
  Room,
  StaffMember,
  StaffBranch,
  StaffService,
  SalonService,
  StaffSchedule,
  ScheduleException,
  Appointment,
  AppointmentItem,
  Occupancy,
  AppointmentHold,
  BookingOutboxEvent,
}

export type BookingModelDtos = {
  [Name in keyof BookingModels]: { dto: InferTypeOf<BookingModels[Name]> }
}
