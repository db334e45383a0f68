import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { loadAppointmentStep } from "../steps/load-appointment"
import { rescheduleAppointmentStep } from "../steps/reschedule-appointment"
import { validateAppointmentChangeStep } from "../steps/validate-appointment-change"
import type { WorkflowActor } from "../../../lib/booking/event-data"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export type RescheduleAppointmentWorkflowInput = WorkflowActor & {
  appointment_id: string
  starts_at: string
  items?: { staff_member_id?: string | null; room_id?: string | null }[]
  /** Set for store requests: the appointment must be this customer's. */
  customer_id?: string | null
}

export const rescheduleAppointmentWorkflowId = "reschedule-appointment"
/**
 * This workflow moves an upcoming appointment to a new start time and emits
 * `appointment.rescheduled`. Customers may do it until the cancellation cut-off.
 */
export const rescheduleAppointmentWorkflow = createWorkflow(
  rescheduleAppointmentWorkflowId,
  (input: RescheduleAppointmentWorkflowInput) => {
    const appointment = loadAppointmentStep({
      appointment_id: input.appointment_id,
      customer_id: input.customer_id,
    })
    validateAppointmentChangeStep({
      appointment,
      actor_type: input.actor_type,
      action: "reschedule",
    })
    const references = transform({ input }, ({ input }) => ({
      references: (input.items ?? []).flatMap((item, index) => [
        {
          field: `items.${index}.staff_member_id`,
          kind: "staff_member" as const,
          id: item.staff_member_id,
        },
        { field: `items.${index}.room_id`, kind: "room" as const, id: item.room_id },
      ]),
    }))
    validateBookingRecordsStep(references)
    const moveInput = transform({ input }, ({ input }) => ({
      appointment_id: input.appointment_id,
      starts_at: input.starts_at,
      items: input.items,
      actor: input.actor_type === "customer" ? ("customer" as const) : ("staff" as const),
      event_actor: { actor_type: input.actor_type, actor_id: input.actor_id ?? null },
    }))
    const moved = rescheduleAppointmentStep(moveInput)
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [input.appointment_id] })
    return new WorkflowResponse(moved.after)
  }
)
