import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BookingWorkflowEvents } from "../events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import { type WorkflowActor, appointmentEventData } from "../utils/event-data"

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
      to: "in_service",
    })
    const data = transform({ result, input }, ({ result, input }) =>
      appointmentEventData(result.after, input, { previous_status: result.before.status })
    )
    emitEventStep({ eventName: BookingWorkflowEvents.APPOINTMENT_STARTED, data })
    return new WorkflowResponse(result.after)
  }
)
