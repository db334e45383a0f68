import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { BookingWorkflowEvents } from "../../../modules/booking/events"
import { claimAppointmentReminderStep } from "../steps/claim-appointment-reminder"
import { notifyAppointmentCustomerWorkflow } from "./notify-appointment-customer"

export const sendAppointmentReminderWorkflowId = "send-appointment-reminder"
/**
 * This workflow sends an appointment's reminder exactly once: it claims the reminder, sends it
 * (keyed by the appointment, so a duplicate send is refused by the notification module too) and
 * emits `appointment.reminder_sent`. A failed send gives the claim back for the next run.
 */
export const sendAppointmentReminderWorkflow = createWorkflow(
  sendAppointmentReminderWorkflowId,
  (input: { appointment_id: string }) => {
    const claim = claimAppointmentReminderStep(input)
    when({ claim }, ({ claim }) => claim.claimed).then(() => {
      const message = transform({ input }, ({ input }) => ({
        appointment_id: input.appointment_id,
        template: "appointment-reminder" as const,
        idempotency_key: `appointment-reminder:${input.appointment_id}`,
      }))
      notifyAppointmentCustomerWorkflow.runAsStep({ input: message })
      emitEventStep({
        eventName: BookingWorkflowEvents.APPOINTMENT_REMINDER_SENT,
        data: { id: input.appointment_id },
      })
    })
    return new WorkflowResponse(claim)
  }
)
