import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import {
  type CreateComplaintCategoryStepInput,
  createComplaintCategoryStep,
} from "../steps/create-complaint-category"

export const createComplaintCategoryWorkflowId = "create-complaint-category"
/**
 * This workflow adds a category to the complaint taxonomy headquarters maintains.
 */
export const createComplaintCategoryWorkflow = createWorkflow(
  createComplaintCategoryWorkflowId,
  (input: CreateComplaintCategoryStepInput) => {
    return new WorkflowResponse(createComplaintCategoryStep(input))
  }
)
