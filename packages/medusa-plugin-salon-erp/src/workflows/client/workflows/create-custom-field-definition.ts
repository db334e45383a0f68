import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { createCustomFieldDefinitionStep } from "../steps/create-custom-field-definition"
import type { CustomFieldDefinitionInput } from "../../../lib/client/types"

export const createCustomFieldDefinitionWorkflowId = "create-custom-field-definition"
/**
 * This workflow defines a custom profile field.
 */
export const createCustomFieldDefinitionWorkflow = createWorkflow(
  createCustomFieldDefinitionWorkflowId,
  (input: CustomFieldDefinitionInput) => {
    return new WorkflowResponse(createCustomFieldDefinitionStep(input))
  }
)
