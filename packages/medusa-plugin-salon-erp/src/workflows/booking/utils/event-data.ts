import type { AppointmentSnapshot } from "../../../modules/booking/types"
import type { AppointmentEventData } from "../events"

export type WorkflowActor = { actor_type: "customer" | "user" | "system"; actor_id?: string | null }

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
