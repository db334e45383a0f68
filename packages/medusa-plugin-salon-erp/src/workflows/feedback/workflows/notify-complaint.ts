import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import {
  type BuildComplaintNotificationsStepInput,
  buildComplaintNotificationsStep,
} from "../steps/build-complaint-notifications"

export const notifyComplaintWorkflowId = "notify-complaint"
/**
 * This workflow tells the customer (email, else SMS) and/or staff (admin feed) about a complaint
 * through the notification module. Idempotency keys make a repeat send nothing.
 */
export const notifyComplaintWorkflow = createWorkflow(
  notifyComplaintWorkflowId,
  (input: BuildComplaintNotificationsStepInput) => {
    const messages = buildComplaintNotificationsStep(input)
    when({ messages }, ({ messages }) => messages.notifications.length > 0).then(() => {
      sendNotificationsStep(transform({ messages }, ({ messages }) => messages.notifications))
    })
    return new WorkflowResponse(messages)
  }
)
