import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BookingWorkflowEvents } from "../events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import { type WorkflowActor, appointmentEventData } from "../utils/event-data"

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
      to: "checked_in",
    })
    const data = transform({ result, input }, ({ result, input }) =>
      appointmentEventData(result.after, input, { previous_status: result.before.status })
    )
    emitEventStep({ eventName: BookingWorkflowEvents.APPOINTMENT_CHECKED_IN, data })
    return new WorkflowResponse(result.after)
  }
)
