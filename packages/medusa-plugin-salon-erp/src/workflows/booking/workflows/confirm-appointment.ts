import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import type { WorkflowActor } from "../../../lib/booking/event-data"

export type ConfirmAppointmentWorkflowInput = WorkflowActor & { appointment_id: string }

export const confirmAppointmentWorkflowId = "confirm-appointment"
/**
 * This workflow confirms a booked appointment (the customer said they are coming), and emits `appointment.confirmed`.
 */
export const confirmAppointmentWorkflow = createWorkflow(
  confirmAppointmentWorkflowId,
  (input: ConfirmAppointmentWorkflowInput) => {
    const result = transitionAppointmentStep({
      appointment_id: input.appointment_id,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      to: "confirmed",
    })
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [input.appointment_id] })
    return new WorkflowResponse(result.after)
  }
)
