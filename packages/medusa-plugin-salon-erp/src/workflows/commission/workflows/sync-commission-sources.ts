import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import {
  type ExpandCommissionSourcesStepInput,
  expandCommissionSourcesStep,
} from "../steps/expand-commission-sources"
import { syncCommissionSourcesStep } from "../steps/sync-commission-sources"

export const syncCommissionSourcesWorkflowId = "sync-commission-sources"
/**
 * This workflow records the commissions of sales and services that happened or changed (an
 * appointment completed, an order placed, canceled or returned, a top-up or package sold or
 * refunded, a package session redeemed or reversed) and emits `commission.entries_recorded` for
 * each source whose entries changed. Running it again for the same facts writes nothing.
 */
export const syncCommissionSourcesWorkflow = createWorkflow(
  syncCommissionSourcesWorkflowId,
  (input: ExpandCommissionSourcesStepInput) => {
    const sources = expandCommissionSourcesStep(input)
    const recorded = syncCommissionSourcesStep(sources)
    publishOutboxEventsStep({
      module: "commission",
      aggregate_ids: transform({ recorded }, ({ recorded }) => recorded.map((r) => r.source_id)),
    })
    return new WorkflowResponse(recorded)
  }
)
