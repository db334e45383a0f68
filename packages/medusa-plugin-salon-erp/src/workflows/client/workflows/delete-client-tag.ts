import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { deleteClientTagStep } from "../steps/delete-client-tag"

export const deleteClientTagWorkflowId = "delete-client-tag"
/**
 * This workflow deletes a client tag and takes it off every customer.
 */
export const deleteClientTagWorkflow = createWorkflow(
  deleteClientTagWorkflowId,
  (input: { id: string }) => {
    return new WorkflowResponse(deleteClientTagStep(input))
  }
)
