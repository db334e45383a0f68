import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { updateClientTagStep } from "../steps/update-client-tag"
import type { UpdateClientTagInput } from "../../../lib/client/types"

export const updateClientTagWorkflowId = "update-client-tag"
/**
 * This workflow changes a client tag's name, colour, description or (automatic tags) rule.
 */
export const updateClientTagWorkflow = createWorkflow(
  updateClientTagWorkflowId,
  (input: UpdateClientTagInput) => {
    return new WorkflowResponse(updateClientTagStep(input))
  }
)
