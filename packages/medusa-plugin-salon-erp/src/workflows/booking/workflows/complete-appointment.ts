import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BookingWorkflowEvents } from "../events"
import { transitionAppointmentStep } from "../steps/transition-appointment"
import { type WorkflowActor, appointmentEventData } from "../utils/event-data"

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
      to: "completed",
    })
    const data = transform({ result, input }, ({ result, input }) =>
      appointmentEventData(result.after, input, { previous_status: result.before.status })
    )
    emitEventStep({ eventName: BookingWorkflowEvents.APPOINTMENT_COMPLETED, data })
    return new WorkflowResponse(result.after)
  }
)
