import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { deleteCustomFieldDefinitionStep } from "../steps/delete-custom-field-definition"

export const deleteCustomFieldDefinitionWorkflowId = "delete-custom-field-definition"
/**
 * This workflow deletes an unused custom field, or deactivates one customers have values for.
 */
export const deleteCustomFieldDefinitionWorkflow = createWorkflow(
  deleteCustomFieldDefinitionWorkflowId,
  (input: { id: string }) => {
    return new WorkflowResponse(deleteCustomFieldDefinitionStep(input))
  }
)
