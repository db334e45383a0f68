import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { loadAppointmentStep } from "../steps/load-appointment"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import { validateAppointmentChangeStep } from "../steps/validate-appointment-change"
import type { WorkflowActor } from "../../../lib/booking/event-data"

export type CancelAppointmentWorkflowInput = WorkflowActor & {
  appointment_id: string
  reason?: string | null
  customer_id?: string | null
}

export const cancelAppointmentWorkflowId = "cancel-appointment"
/**
 * This workflow cancels an upcoming appointment, frees its staff and rooms and emits
 * `appointment.canceled` (with `is_late_cancellation` when inside the cut-off, which only staff
 * may do).
 */
export const cancelAppointmentWorkflow = createWorkflow(
  cancelAppointmentWorkflowId,
  (input: CancelAppointmentWorkflowInput) => {
    const appointment = loadAppointmentStep({
      appointment_id: input.appointment_id,
      customer_id: input.customer_id,
    })
    const check = validateAppointmentChangeStep({
      appointment,
      actor_type: input.actor_type,
      action: "cancel",
    })
    const transitionInput = transform({ input, check }, ({ input, check }) => ({
      appointment_id: input.appointment_id,
      to: "canceled" as const,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      patch: {
        canceled_by:
          input.actor_type === "customer"
            ? "customer"
            : input.actor_type === "user"
              ? "staff"
              : "system",
        cancellation_reason: input.reason ?? null,
        is_late_cancellation: check.is_late,
      },
    }))
    const result = transitionAppointmentStep(transitionInput)
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [input.appointment_id] })
    return new WorkflowResponse(result.after)
  }
)
