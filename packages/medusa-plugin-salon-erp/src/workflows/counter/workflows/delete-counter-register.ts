import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import {
  type DeleteCounterRegisterStepInput,
  deleteCounterRegisterStep,
} from "../steps/delete-counter-register"

export const deleteCounterRegisterWorkflowId = "delete-counter-register"
/**
 * This workflow soft-deletes a register that has no open shift; its past shifts stay readable.
 */
export const deleteCounterRegisterWorkflow = createWorkflow(
  deleteCounterRegisterWorkflowId,
  (input: DeleteCounterRegisterStepInput) => {
    return new WorkflowResponse(deleteCounterRegisterStep(input))
  }
)
