import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { CreateCounterRegisterInput } from "../../../modules/counter/types"
import { createCounterRegisterStep } from "../steps/create-counter-register"
import { validateCounterBranchStep } from "../steps/validate-counter-branch"

export type CreateCounterRegisterWorkflowInput = CreateCounterRegisterInput

export const createCounterRegisterWorkflowId = "create-counter-register"
/**
 * This workflow creates a register at a branch (the branch must exist; the code must be unused
 * among the branch's registers).
 */
export const createCounterRegisterWorkflow = createWorkflow(
  createCounterRegisterWorkflowId,
  (input: CreateCounterRegisterWorkflowInput) => {
    const branch = transform({ input }, ({ input }) => ({ branch_id: input.branch_id }))
    validateCounterBranchStep(branch)
    return new WorkflowResponse(createCounterRegisterStep(input))
  }
)
