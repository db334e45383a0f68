import {
  type WorkflowData,
  WorkflowResponse,
  createWorkflow,
} from "@medusajs/framework/workflows-sdk"
import { type RebuildClientFactsInput, rebuildClientFactsStep } from "../steps/rebuild-client-facts"

export const rebuildClientFactsWorkflowId = "rebuild-client-facts"
/**
 * This workflow recomputes the client read model (the facts the automatic tags and RFM scores
 * read) from its sources through Query, and reports whether it matched before.
 */
export const rebuildClientFactsWorkflow = createWorkflow(
  rebuildClientFactsWorkflowId,
  (input: WorkflowData<Omit<RebuildClientFactsInput, "skip">>) => {
    return new WorkflowResponse(rebuildClientFactsStep(input))
  }
)
