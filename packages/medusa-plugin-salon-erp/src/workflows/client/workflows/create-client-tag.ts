import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { createClientTagStep } from "../steps/create-client-tag"
import type { ClientTagInput } from "../../../lib/client/types"

export const createClientTagWorkflowId = "create-client-tag"
/**
 * This workflow creates a client tag: manual, or automatic with its rule (assigned by `recompute-client-tags`).
 */
export const createClientTagWorkflow = createWorkflow(
  createClientTagWorkflowId,
  (input: ClientTagInput) => {
    return new WorkflowResponse(createClientTagStep(input))
  }
)
