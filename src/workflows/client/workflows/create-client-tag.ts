import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { createClientTagStep } from "../steps/create-client-tag"
import type { ClientTagInput } from "../types"

export const createClientTagWorkflowId = "create-client-tag"
/**
 * This workflow creates a manual client tag.
 */
export const createClientTagWorkflow = createWorkflow(
  createClientTagWorkflowId,
  (input: ClientTagInput) => {
    return new WorkflowResponse(createClientTagStep(input))
  }
)
