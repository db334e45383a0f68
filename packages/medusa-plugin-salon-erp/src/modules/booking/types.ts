import type { WorkflowActor } from "./events"
import type { APPOINTMENT_SOURCES, APPOINTMENT_STATUSES } from "./models"
import type {
  BranchSpec,
  BusyMap,
  PlannedItem,
  RoomSpec,
  ServiceSpec,
  StaffSpec,
} from "./lib/availability"
import type { StaffLevel } from "./models/staff-member"

export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]
export type AppointmentSource = (typeof APPOINTMENT_SOURCES)[number]

/**
 * Who is asking: customers get the online rules (notice, horizon, grid, cut-off); staff do not;
 * `import` records history (another system's appointments, demo data): any time, outside today's
 * working hours too, but still never two bookings on one staff member or room.
 */
export type BookingActor = "customer" | "staff" | "import"

export type BookingRequestItem = {
  salon_service_id: string
  staff_member_id?: string | null
  room_id?: string | null
  /** The customer asked for this staff member. */
  is_designated?: boolean
}

export type BookAppointmentInput = {
  customer_id: string
  branch_id: string
  starts_at: string | Date
  items: BookingRequestItem[]
  actor: BookingActor
  source?: AppointmentSource
  notes?: string | null
  internal_note?: string | null
  idempotency_key?: string | null
  created_by?: string | null
  /** Book exactly what this hold reserved (then `starts_at` and `items` must match it or be omitted). */
  hold_id?: string | null
  order_id?: string | null
  metadata?: Record<string, unknown> | null
  /** Who `appointment.booked` names as the actor (default: the system). */
  event_actor?: WorkflowActor
}

export type BookAppointmentResult = {
  appointment_id: string
  /** False when an earlier request with the same idempotency key had already booked it. */
  created: boolean
}

export type CreateHoldInput = Omit<
  BookAppointmentInput,
  "hold_id" | "idempotency_key" | "source" | "order_id"
> & {
  customer_id: string | null
}

export type AvailabilityQuery = {
  branch_id: string
  salon_service_ids: string[]
  staff_member_id?: string | null
  /** Local dates in the branch's time zone, inclusive. */
  from?: string
  to?: string
  actor: BookingActor
  /** Treat this appointment's staff and rooms as free (searching where to move it). */
  exclude_appointment_id?: string | null
}

export type AvailabilitySlotItemDTO = {
  salon_service_id: string
  starts_at: string
  ends_at: string
  staff_member_ids: string[]
  room_ids: string[]
}

export type AvailabilitySlotDTO = {
  starts_at: string
  ends_at: string
  local_date: string
  local_time: string
  items: AvailabilitySlotItemDTO[]
}

export type AvailabilityResultDTO = {
  branch_id: string
  timezone: string
  from: string
  to: string
  slot_interval_minutes: number
  staff_members: { id: string; name: string; level: StaffLevel }[]
  slots: AvailabilitySlotDTO[]
}

export type RescheduleAppointmentInput = {
  appointment_id: string
  starts_at: string | Date
  /** Per item (by position): a different staff member or room; omitted keeps the current one when free. */
  items?: { staff_member_id?: string | null; room_id?: string | null }[]
  actor: BookingActor
  /** Who `appointment.rescheduled` names as the actor (default: the system). */
  event_actor?: WorkflowActor
}

/** What an appointment looked like before a change: enough to put it back. */
export type AppointmentSnapshot = {
  id: string
  status: AppointmentStatus
  starts_at: string
  ends_at: string
  customer_id: string
  branch_id: string
  items: {
    id: string
    position: number
    salon_service_id: string
    staff_member_id: string
    room_id: string | null
    variant_id: string
    is_designated: boolean
    starts_at: string
    ends_at: string
  }[]
  fields: Record<string, unknown>
}

// ---------------------------------------------------------------- internal shapes

/** What one availability search or booking needs to know about a branch, loaded in a few queries. */
export type BookingContext = {
  branch: BranchSpec
  services: (ServiceSpec & { variant_id: string; is_bookable_online: boolean })[]
  staff: (StaffSpec & { level: StaffLevel })[]
  rooms: RoomSpec[]
  busy: BusyMap
}

/** The staff, rooms and times a booking, hold or move will take. */
export type PlannedBooking = {
  branch: BranchSpec
  items: (PlannedItem & { service: BookingContext["services"][number] })[]
}

export type OccupancyRow = {
  id: string
  resource_kind: "staff" | "room"
  staff_member_id: string | null
  room_id: string | null
  branch_id: string
  starts_at: Date
  ends_at: Date
  appointment_id: string | null
  appointment_item_id: string | null
  hold_id: string | null
  expires_at: Date | null
  is_active: boolean
}

/** Who an occupancy belongs to: an appointment (and its items) or a hold until it lapses. */
export type OccupancyOwner = {
  appointment_id?: string
  hold_id?: string
  expires_at?: Date
  itemIds?: string[]
}

export type WeeklyShift = { weekday: number; starts_at: string; ends_at: string }
export type BranchShift = WeeklyShift & { branch_id: string }
export type OpeningHours = { weekday: number; opens_at: string; closes_at: string }

/** What may orphan upcoming appointments: closing a day, time off, removing a resource. */
export type UpcomingAppointmentFilter = {
  branch_id?: string
  /** Any of these branches. */
  branch_ids?: string[]
  /** Any branch but these. */
  exclude_branch_ids?: string[]
  staff_member_id?: string
  room_id?: string
  salon_service_id?: string
  from?: Date
  to?: Date
  /** Local dates (in the branch's zone) the appointment starts on, inclusive. */
  local_from?: string
  local_to?: string
}

export type UpcomingAppointmentRow = {
  id: string
  display_id: number
  starts_at: Date
  timezone: string
}

export type StaffPerformanceRow = {
  staff_member_id: string
  branch_id: string
  services_performed: number
  customers_served: number
  designated_services: number
  service_minutes: number
}
