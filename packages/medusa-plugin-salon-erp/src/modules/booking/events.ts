import { stageOutboxEvents } from "../../lib/outbox"
import { OUTBOX_ID_PREFIX } from "./lib/constants"
import type { Knex } from "./lib/db"
import { BOOKING_OUTBOX_TABLE } from "./models/outbox-event"
import { readSnapshot } from "./repositories/appointment-repository"
import type { AppointmentSnapshot, AppointmentStatus } from "./types"

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

/** Who made a change, as the events report it. */
export type WorkflowActor = { actor_type: "customer" | "user" | "system"; actor_id?: string | null }

/** A change made without a workflow actor (a direct module call) is reported as the system's. */
export const SYSTEM_ACTOR: WorkflowActor = { actor_type: "system", actor_id: null }

/** Builds the payload every appointment.* event carries from the appointment as it now is. */
export function appointmentEventData(
  appointment: AppointmentSnapshot & { display_id: number },
  actor: WorkflowActor,
  extra: Partial<AppointmentEventData> = {}
): AppointmentEventData {
  return {
    id: appointment.id,
    display_id: appointment.display_id,
    customer_id: appointment.customer_id,
    branch_id: appointment.branch_id,
    status: appointment.status,
    previous_status: null,
    starts_at: appointment.starts_at,
    ends_at: appointment.ends_at,
    items: appointment.items.map((item) => ({
      id: item.id,
      position: item.position,
      salon_service_id: item.salon_service_id,
      variant_id: item.variant_id,
      staff_member_id: item.staff_member_id,
      room_id: item.room_id,
      is_designated: item.is_designated,
      starts_at: item.starts_at,
      ends_at: item.ends_at,
    })),
    actor_type: actor.actor_type,
    actor_id: actor.actor_id ?? null,
    ...extra,
  }
}

/** The event each status change is reported by. */
export const TRANSITION_EVENTS: Record<Exclude<AppointmentStatus, "booked">, string> = {
  confirmed: BookingWorkflowEvents.APPOINTMENT_CONFIRMED,
  checked_in: BookingWorkflowEvents.APPOINTMENT_CHECKED_IN,
  in_service: BookingWorkflowEvents.APPOINTMENT_STARTED,
  completed: BookingWorkflowEvents.APPOINTMENT_COMPLETED,
  canceled: BookingWorkflowEvents.APPOINTMENT_CANCELED,
  no_show: BookingWorkflowEvents.APPOINTMENT_NO_SHOW,
}

/**
 * Writes an appointment event to the module's outbox in the transaction of the change, with
 * the payload built from the appointment as that transaction now sees it.
 */
export async function stageAppointmentEvent(
  trx: Knex,
  eventName: string,
  appointmentId: string,
  actor: WorkflowActor,
  extra: Partial<AppointmentEventData>
): Promise<void> {
  const appointment = await readSnapshot(trx, appointmentId)
  await stageOutboxEvents(trx, BOOKING_OUTBOX_TABLE, OUTBOX_ID_PREFIX, [
    {
      event_name: eventName,
      aggregate_id: appointmentId,
      data: appointmentEventData(appointment, actor, extra),
    },
  ])
}
