import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import type { WorkflowActor } from "../../../lib/booking/event-data"

export type StartAppointmentWorkflowInput = WorkflowActor & { appointment_id: string }

export const startAppointmentWorkflowId = "start-appointment"
/**
 * This workflow records that service has begun (the customer is with the technician), and emits `appointment.started`.
 */
export const startAppointmentWorkflow = createWorkflow(
  startAppointmentWorkflowId,
  (input: StartAppointmentWorkflowInput) => {
    const result = transitionAppointmentStep({
      appointment_id: input.appointment_id,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      to: "in_service",
    })
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [input.appointment_id] })
    return new WorkflowResponse(result.after)
  }
)
