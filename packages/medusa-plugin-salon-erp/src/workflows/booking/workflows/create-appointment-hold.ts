import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import type { CreateHoldInput } from "../../../modules/booking/types"
import { createAppointmentHoldStep } from "../steps/create-appointment-hold"

export const createAppointmentHoldWorkflowId = "create-appointment-hold"
/**
 * This workflow holds a slot for a few minutes while the customer finishes booking or paying;
 * booking with the hold's id then gets exactly that slot.
 */
export const createAppointmentHoldWorkflow = createWorkflow(
  createAppointmentHoldWorkflowId,
  (input: CreateHoldInput) => {
    const hold = createAppointmentHoldStep(input)
    return new WorkflowResponse(hold)
  }
)
