import {
  type WorkflowData,
  WorkflowResponse,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { applyAutomaticTagsStep } from "../steps/apply-automatic-tags"
import { rebuildClientFactsStep } from "../steps/rebuild-client-facts"
import { recomputeClientRfmStep } from "../steps/recompute-client-rfm"

export type RecomputeClientTagsWorkflowInput = {
  /** Only these customers (after a visit or an order); all customers when absent. */
  customer_ids?: string[]
  /** The clock of the run (ISO date-time); now when absent. */
  now?: string
  /**
   * A full run first rebuilds the read model from its sources (default); false trusts what the
   * events keep up to date (the nightly job rebuilds once a week).
   */
  rebuild_facts?: boolean
}

export const recomputeClientTagsWorkflowId = "recompute-client-tags"
/**
 * This workflow makes every automatic tag's assignments match its rule and recomputes the RFM
 * scores, for all customers (nightly, on demand) or some (after their visits and orders). The
 * rules read the client read model; a full run first rebuilds it from its sources (unless told
 * not to), so anything an event missed (or a change made without one) is caught.
 */
export const recomputeClientTagsWorkflow = createWorkflow(
  recomputeClientTagsWorkflowId,
  (input: WorkflowData<RecomputeClientTagsWorkflowInput>) => {
    const scope = transform({ input }, ({ input }) => ({
      now: input.now ?? new Date().toISOString(),
      customer_ids: input.customer_ids ? [...new Set(input.customer_ids)] : undefined,
    }))
    const rebuild = transform({ scope, input }, ({ scope, input }) => ({
      skip: !!scope.customer_ids || input.rebuild_facts === false,
    }))
    rebuildClientFactsStep(rebuild)
    const tags = applyAutomaticTagsStep(scope)
    const rfmUpdated = recomputeClientRfmStep(scope)
    const result = transform({ tags, rfmUpdated }, ({ tags, rfmUpdated }) => ({
      tags,
      rfm_updated: rfmUpdated,
    }))
    return new WorkflowResponse(result)
  }
)
