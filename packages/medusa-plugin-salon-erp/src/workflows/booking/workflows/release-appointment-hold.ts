import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { releaseAppointmentHoldStep } from "../steps/release-appointment-hold"

export const releaseAppointmentHoldWorkflowId = "release-appointment-hold"
/**
 * This workflow releases a hold (the customer gave up or checkout failed).
 */
export const releaseAppointmentHoldWorkflow = createWorkflow(
  releaseAppointmentHoldWorkflowId,
  (input: { hold_id: string; customer_id?: string | null }) => {
    const result = releaseAppointmentHoldStep(input)
    return new WorkflowResponse(result)
  }
)
