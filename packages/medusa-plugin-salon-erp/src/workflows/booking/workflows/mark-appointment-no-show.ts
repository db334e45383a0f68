import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { loadAppointmentStep } from "../steps/load-appointment"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import { validateAppointmentChangeStep } from "../steps/validate-appointment-change"
import type { WorkflowActor } from "../../../lib/booking/event-data"

export type MarkAppointmentNoShowWorkflowInput = WorkflowActor & { appointment_id: string }

export const markAppointmentNoShowWorkflowId = "mark-appointment-no-show"
/**
 * This workflow records that the customer did not come (only after the start time), frees the
 * rest of the slot and emits `appointment.no_show`.
 */
export const markAppointmentNoShowWorkflow = createWorkflow(
  markAppointmentNoShowWorkflowId,
  (input: MarkAppointmentNoShowWorkflowInput) => {
    const appointment = loadAppointmentStep({ appointment_id: input.appointment_id })
    validateAppointmentChangeStep({ appointment, actor_type: input.actor_type, action: "no_show" })
    const result = transitionAppointmentStep({
      appointment_id: input.appointment_id,
      to: "no_show",
      actor_type: input.actor_type,
      actor_id: input.actor_id,
    })
    publishOutboxEventsStep({ module: "booking", aggregate_ids: [input.appointment_id] })
    return new WorkflowResponse(result.after)
  }
)
