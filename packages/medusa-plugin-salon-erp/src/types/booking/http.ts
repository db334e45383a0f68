/** Shapes of the booking admin API (docs/booking.md), as the dashboard reads them. */

export type ListResponse = { count: number; offset: number; limit: number }

export type DeleteResponse = { id: string; object: string; deleted: true }

/** Common list parameters of every booking list route. */
export type ListParams = {
  limit?: number
  offset?: number
  order?: string
  fields?: string
}

// ------------------------------------------------------------------ branches

export type OpeningHours = { weekday: number; opens_at: string; closes_at: string }

export type BranchClosure = {
  id: string
  starts_on: string
  ends_on: string
  reason: string | null
}

export type Branch = {
  id: string
  name: string
  code: string
  timezone: string
  phone: string | null
  email: string | null
  address: string | null
  manager_user_id: string | null
  is_active: boolean
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  // Relation lists may hold nulls (rows soft-deleted under a live parent).
  opening_hours?: (OpeningHours | null)[]
  closures?: (BranchClosure | null)[]
  stock_location?: { id: string; name: string } | null
  sales_channel?: { id: string; name: string } | null
}

export type BranchListParams = ListParams & { q?: string; is_active?: boolean }

export type BranchPayload = {
  name?: string
  code?: string
  timezone?: string
  phone?: string | null
  email?: string | null
  address?: string | null
  manager_user_id?: string | null
  is_active?: boolean
  opening_hours?: OpeningHours[]
  stock_location_id?: string | null
  sales_channel_id?: string | null
}

export type BranchClosurePayload = { starts_on: string; ends_on?: string; reason?: string | null }

export type BranchResponse = { branch: Branch }
export type BranchListResponse = ListResponse & { branches: Branch[] }

// --------------------------------------------------------------------- rooms

export type Room = {
  id: string
  name: string
  room_type: string
  is_active: boolean
  branch_id: string
  branch?: { name: string } | null
  created_at: string
  updated_at: string
}

export type RoomListParams = ListParams & {
  branch_id?: string
  room_type?: string
  is_active?: boolean
}

export type RoomPayload = {
  branch_id?: string
  name?: string
  room_type?: string
  is_active?: boolean
}

export type RoomResponse = { room: Room }
export type RoomListResponse = ListResponse & { rooms: Room[] }

// ------------------------------------------------------------- staff members

export const STAFF_LEVELS = ["junior", "senior", "expert"] as const
export type StaffLevel = (typeof STAFF_LEVELS)[number]

export type StaffMember = {
  id: string
  name: string
  level: StaffLevel
  email: string | null
  phone: string | null
  color: string | null
  bio: string | null
  user_id: string | null
  is_active: boolean
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  branch_ids: string[]
  salon_service_ids: string[]
  staff_branches?: ({ branch: { id: string; name: string } | null } | null)[]
  staff_services?: ({ salon_service: { id: string; name: string } | null } | null)[]
}

export type StaffMemberListParams = ListParams & {
  q?: string
  level?: StaffLevel
  is_active?: boolean
  branch_id?: string
  salon_service_id?: string
  /** One id or several, comma-separated. */
  id?: string
}

export type StaffMemberPayload = {
  name?: string
  level?: StaffLevel
  email?: string | null
  phone?: string | null
  color?: string | null
  bio?: string | null
  user_id?: string | null
  is_active?: boolean
  branch_ids?: string[]
  salon_service_ids?: string[]
}

export type StaffMemberResponse = { staff_member: StaffMember }
export type StaffMemberListResponse = ListResponse & { staff_members: StaffMember[] }

export type Shift = { weekday: number; starts_at: string; ends_at: string }

export type WeeklyShift = Shift & { id: string; branch_id: string }

export type ScheduleExceptionKind = "time_off" | "extra_shift"

export type ScheduleException = {
  id: string
  kind: ScheduleExceptionKind
  date: string
  starts_at: string | null
  ends_at: string | null
  branch_id: string | null
  reason: string | null
}

export type StaffSchedule = {
  staff_member_id: string
  weekly: WeeklyShift[]
  exceptions: ScheduleException[]
}

export type StaffScheduleParams = { from?: string; to?: string }

export type StaffSchedulePayload = { branch_id: string; shifts: Shift[] }

export type ScheduleExceptionPayload = {
  kind: ScheduleExceptionKind
  date: string
  starts_at?: string | null
  ends_at?: string | null
  branch_id?: string | null
  reason?: string | null
}

export type StaffScheduleResponse = { schedule: StaffSchedule }
export type ScheduleExceptionResponse = { schedule_exception: ScheduleException }

// ------------------------------------------------------------ salon services

export type Price = { amount: number; currency_code: string }

export type SalonService = {
  id: string
  name: string
  description: string | null
  category: string | null
  variant_id: string
  duration_minutes: number
  processing_minutes: number
  buffer_after_minutes: number
  room_type: string | null
  revisit_interval_days: number | null
  is_bookable_online: boolean
  is_active: boolean
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
  product_variant?: {
    id: string
    title: string | null
    product_id: string
    prices?: Price[]
  } | null
  staff_member_ids: string[]
  staff_services?: ({ staff_member: { id: string; name: string } | null } | null)[]
}

export type SalonServiceListParams = ListParams & {
  q?: string
  category?: string
  is_active?: boolean
  is_bookable_online?: boolean
}

export type SalonServicePayload = {
  name?: string
  description?: string | null
  category?: string | null
  duration_minutes?: number
  processing_minutes?: number
  buffer_after_minutes?: number
  room_type?: string | null
  revisit_interval_days?: number | null
  is_bookable_online?: boolean
  is_active?: boolean
  staff_member_ids?: string[]
}

export type CreateSalonServicePayload = SalonServicePayload & {
  name: string
  duration_minutes: number
  variant_id?: string
  prices?: Price[]
  sales_channel_ids?: string[]
}

export type SalonServiceResponse = { salon_service: SalonService }
export type SalonServiceListResponse = ListResponse & { salon_services: SalonService[] }

// -------------------------------------------------------------- appointments

export const APPOINTMENT_STATUSES = [
  "booked",
  "confirmed",
  "checked_in",
  "in_service",
  "completed",
  "canceled",
  "no_show",
] as const
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

export const APPOINTMENT_SOURCES = ["front_desk", "phone", "walk_in", "online"] as const
export type AppointmentSource = (typeof APPOINTMENT_SOURCES)[number]

export type AppointmentItem = {
  id: string
  position: number
  salon_service_id: string
  service_name: string
  variant_id?: string
  duration_minutes?: number
  starts_at: string
  ends_at: string
  is_designated: boolean
  staff_member_id: string
  staff_member?: { name: string } | null
  room_id: string | null
  room?: { name: string } | null
}

export type AppointmentCustomer = {
  id: string
  first_name: string | null
  last_name: string | null
  email?: string | null
  phone?: string | null
}

export type Appointment = {
  id: string
  display_id: number
  status: AppointmentStatus
  source: AppointmentSource
  starts_at: string
  ends_at: string
  notes: string | null
  internal_note?: string | null
  customer_id: string
  branch_id?: string
  order_id?: string | null
  confirmed_at?: string | null
  checked_in_at?: string | null
  started_at?: string | null
  completed_at?: string | null
  canceled_at?: string | null
  no_show_at?: string | null
  canceled_by?: "customer" | "staff" | "system" | null
  cancellation_reason?: string | null
  is_late_cancellation?: boolean
  created_at?: string
  branch?: { id: string; name: string; timezone: string } | null
  customer?: AppointmentCustomer | null
  items: AppointmentItem[]
}

export type AppointmentListParams = ListParams & {
  branch_id?: string
  customer_id?: string
  staff_member_id?: string
  /** One status or several, comma-separated. */
  status?: string
  from?: string
  to?: string
}

export type BookAppointmentPayload = {
  customer_id: string
  branch_id: string
  starts_at: string
  items: {
    salon_service_id: string
    staff_member_id?: string | null
    room_id?: string | null
    is_designated?: boolean
  }[]
  source?: AppointmentSource
  notes?: string | null
  internal_note?: string | null
}

export type ReschedulePayload = {
  starts_at: string
  items?: { staff_member_id?: string | null; room_id?: string | null }[]
}

export type AppointmentResponse = { appointment: Appointment }
export type AppointmentListResponse = ListResponse & { appointments: Appointment[] }

// ------------------------------------------------------------------ calendar

export type Interval = { starts_at: string; ends_at: string }

export type CalendarStaffMember = {
  id: string
  name: string
  level: StaffLevel
  color: string | null
  working: Interval[]
  exceptions: {
    kind: ScheduleExceptionKind
    starts_at: string | null
    ends_at: string | null
    reason?: string | null
  }[]
}

export type CalendarDay = {
  branch: { id: string; name: string; timezone: string }
  date: string
  closure: { starts_on: string; ends_on: string; reason?: string | null } | null
  opening_hours: Interval[]
  staff_members: CalendarStaffMember[]
  rooms: { id: string; name: string; room_type: string }[]
  appointments: Appointment[]
}

export type CalendarResponse = { calendar: CalendarDay }

// -------------------------------------------------------------- availability

export type AvailabilityParams = {
  branch_id: string
  salon_service_id: string[]
  staff_member_id?: string
  from?: string
  to?: string
  /** Search as if this appointment were not booked (where can it move?). */
  exclude_appointment_id?: string
}

export type AvailabilitySlot = {
  starts_at: string
  ends_at: string
  local_date: string
  local_time: string
  items: {
    salon_service_id: string
    starts_at: string
    ends_at: string
    staff_member_ids: string[]
    room_ids: string[]
  }[]
}

export type Availability = {
  branch_id: string
  timezone: string
  from: string
  to: string
  slot_interval_minutes: number
  staff_members: { id: string; name: string; level: StaffLevel }[]
  slots: AvailabilitySlot[]
}

export type AvailabilityResponse = { availability: Availability }

// --------------------------------------------------------------------- store

/** A branch as the storefront sees it (`storeBranchQueryConfig`). */
export type StoreBranch = Pick<
  Branch,
  "id" | "name" | "code" | "timezone" | "phone" | "email" | "address"
> & {
  opening_hours: (OpeningHours | null)[]
  closures: (Omit<BranchClosure, "id"> | null)[]
}
export type StoreBranchListResponse = ListResponse & { branches: StoreBranch[] }

/** A bookable service as the storefront sees it (`storeSalonServiceQueryConfig`). */
export type StoreSalonService = Pick<
  SalonService,
  | "id"
  | "name"
  | "description"
  | "category"
  | "variant_id"
  | "duration_minutes"
  | "processing_minutes"
  | "revisit_interval_days"
  | "room_type"
> & {
  buffer_after_minutes?: number
  product_variant: { id: string; product_id: string; prices: Price[] } | null
}
export type StoreSalonServiceListResponse = ListResponse & { salon_services: StoreSalonService[] }

/** A staff member as the storefront sees it (`storeStaffMemberQueryConfig`). */
export type StoreStaffMember = Pick<StaffMember, "id" | "name" | "level" | "color" | "bio">
export type StoreStaffMemberListResponse = ListResponse & { staff_members: StoreStaffMember[] }

export type AppointmentHoldResponse = { appointment_hold: { id: string; expires_at: string } }
