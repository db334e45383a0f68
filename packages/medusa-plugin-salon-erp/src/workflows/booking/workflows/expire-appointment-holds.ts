import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { expireAppointmentHoldsStep } from "../steps/expire-appointment-holds"

export const expireAppointmentHoldsWorkflowId = "expire-appointment-holds"
/**
 * This workflow expires lapsed holds and frees what they took.
 */
export const expireAppointmentHoldsWorkflow = createWorkflow(
  expireAppointmentHoldsWorkflowId,
  () => {
    const result = expireAppointmentHoldsStep()
    return new WorkflowResponse(result)
  }
)
