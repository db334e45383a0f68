/** Events the booking capability emits; payloads are documented in docs/booking.md. */
export const BookingWorkflowEvents = {
  APPOINTMENT_BOOKED: "appointment.booked",
  APPOINTMENT_RESCHEDULED: "appointment.rescheduled",
  APPOINTMENT_CONFIRMED: "appointment.confirmed",
  APPOINTMENT_CHECKED_IN: "appointment.checked_in",
  APPOINTMENT_STARTED: "appointment.started",
  APPOINTMENT_COMPLETED: "appointment.completed",
  APPOINTMENT_CANCELED: "appointment.canceled",
  APPOINTMENT_NO_SHOW: "appointment.no_show",
  APPOINTMENT_REMINDER_SENT: "appointment.reminder_sent",
} as const

export type AppointmentEventItem = {
  id: string
  position: number
  salon_service_id: string
  variant_id: string
  staff_member_id: string
  room_id: string | null
  is_designated: boolean
  starts_at: string
  ends_at: string
}

/** Payload of every appointment.* event: enough for later capabilities to act without a lookup. */
export type AppointmentEventData = {
  id: string
  display_id: number
  customer_id: string
  branch_id: string
  status: string
  previous_status: string | null
  starts_at: string
  ends_at: string
  items: AppointmentEventItem[]
  actor_type: "customer" | "user" | "system"
  actor_id: string | null
  /** Only on appointment.canceled. */
  canceled_by?: string | null
  is_late_cancellation?: boolean
  /** Only on appointment.rescheduled. */
  previous_starts_at?: string
}
