import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BookingWorkflowEvents } from "../events"
import { loadAppointmentStep } from "../steps/load-appointment"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import { validateAppointmentChangeStep } from "../steps/validate-appointment-change"
import { type WorkflowActor, appointmentEventData } from "../utils/event-data"

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
    })
    const data = transform({ result, input }, ({ result, input }) =>
      appointmentEventData(result.after, input, { previous_status: result.before.status })
    )
    emitEventStep({ eventName: BookingWorkflowEvents.APPOINTMENT_NO_SHOW, data })
    return new WorkflowResponse(result.after)
  }
)
