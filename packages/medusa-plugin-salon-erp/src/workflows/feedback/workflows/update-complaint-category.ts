import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import {
  type UpdateComplaintCategoryStepInput,
  updateComplaintCategoryStep,
} from "../steps/update-complaint-category"

export const updateComplaintCategoryWorkflowId = "update-complaint-category"
/**
 * This workflow renames, re-ranks or (de)activates a complaint category.
 */
export const updateComplaintCategoryWorkflow = createWorkflow(
  updateComplaintCategoryWorkflowId,
  (input: UpdateComplaintCategoryStepInput) => {
    return new WorkflowResponse(updateComplaintCategoryStep(input))
  }
)
