import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { deleteComplaintCategoryStep } from "../steps/delete-complaint-category"

export const deleteComplaintCategoryWorkflowId = "delete-complaint-category"
/**
 * This workflow deletes a complaint category no complaint uses (409 otherwise: deactivate it).
 */
export const deleteComplaintCategoryWorkflow = createWorkflow(
  deleteComplaintCategoryWorkflowId,
  (input: { id: string }) => {
    return new WorkflowResponse(deleteComplaintCategoryStep(input))
  }
)
