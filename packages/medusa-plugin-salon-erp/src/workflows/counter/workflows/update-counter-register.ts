import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import type { UpdateCounterRegisterInput } from "../../../modules/counter/types"
import { updateCounterRegisterStep } from "../steps/update-counter-register"

export type UpdateCounterRegisterWorkflowInput = UpdateCounterRegisterInput

export const updateCounterRegisterWorkflowId = "update-counter-register"
/**
 * This workflow changes a register's name, code, active flag or metadata. Its branch and currency
 * stay: shifts copied them.
 */
export const updateCounterRegisterWorkflow = createWorkflow(
  updateCounterRegisterWorkflowId,
  (input: UpdateCounterRegisterWorkflowInput) => {
    return new WorkflowResponse(updateCounterRegisterStep(input))
  }
)
