import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BookingWorkflowEvents } from "../events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import { type WorkflowActor, appointmentEventData } from "../utils/event-data"

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
      to: "confirmed",
    })
    const data = transform({ result, input }, ({ result, input }) =>
      appointmentEventData(result.after, input, { previous_status: result.before.status })
    )
    emitEventStep({ eventName: BookingWorkflowEvents.APPOINTMENT_CONFIRMED, data })
    return new WorkflowResponse(result.after)
  }
)
