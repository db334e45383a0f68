import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, when } from "@medusajs/framework/workflows-sdk"
import {
  type BuildAppointmentMessageStepInput,
  buildAppointmentMessageStep,
} from "../steps/build-appointment-message"

export const notifyAppointmentCustomerWorkflowId = "notify-appointment-customer"
/**
 * This workflow tells the customer about their appointment (confirmation, change, cancellation,
 * reminder) through the notification module. The idempotency key makes a repeat send nothing.
 */
export const notifyAppointmentCustomerWorkflow = createWorkflow(
  notifyAppointmentCustomerWorkflowId,
  (input: BuildAppointmentMessageStepInput) => {
    const messages = buildAppointmentMessageStep(input)
    when({ messages }, ({ messages }) => messages.length > 0).then(() => {
      sendNotificationsStep(messages)
    })
    return new WorkflowResponse(messages)
  }
)
