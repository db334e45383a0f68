import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import type { WorkflowActor } from "../../../lib/booking/event-data"

export type CompleteAppointmentWorkflowInput = WorkflowActor & { appointment_id: string }

export const completeAppointmentWorkflowId = "complete-appointment"
/**
 * This workflow records that the services were performed; package redemption, commissions and satisfaction surveys follow from its event (`appointment.completed`).
 */
export const completeAppointmentWorkflow = createWorkflow(
  completeAppointmentWorkflowId,
  (input: CompleteAppointmentWorkflowInput) => {
    const result = transitionAppointmentStep({
      appointment_id: input.appointment_id,
      actor_type: input.actor_type,
      actor_id: input.actor_id,
      to: "completed",
    })
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [input.appointment_id] })
    return new WorkflowResponse(result.after)
  }
)
