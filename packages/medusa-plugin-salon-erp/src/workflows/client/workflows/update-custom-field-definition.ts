import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { updateCustomFieldDefinitionStep } from "../steps/update-custom-field-definition"
import type { UpdateCustomFieldDefinitionInput } from "../../../lib/client/types"

export const updateCustomFieldDefinitionWorkflowId = "update-custom-field-definition"
/**
 * This workflow changes a custom field definition (409 when the change would break stored values).
 */
export const updateCustomFieldDefinitionWorkflow = createWorkflow(
  updateCustomFieldDefinitionWorkflowId,
  (input: UpdateCustomFieldDefinitionInput) => {
    return new WorkflowResponse(updateCustomFieldDefinitionStep(input))
  }
)
