import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import type { WorkflowActor } from "../../../lib/booking/event-data"

export type CheckInAppointmentWorkflowInput = WorkflowActor & { appointment_id: string }

export const checkInAppointmentWorkflowId = "check-in-appointment"
/**
 * This workflow records that the customer has arrived, and emits `appointment.checked_in`.
 */
export const checkInAppointmentWorkflow = createWorkflow(
  checkInAppointmentWorkflowId,
  (input: CheckInAppointmentWorkflowInput) => {
    const result = transitionAppointmentStep({
      appointment_id: input.appointment_id,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      to: "checked_in",
    })
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [input.appointment_id] })
    return new WorkflowResponse(result.after)
  }
)
