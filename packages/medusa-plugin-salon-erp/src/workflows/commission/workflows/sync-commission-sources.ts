import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, when } from "@medusajs/framework/workflows-sdk"
import { CommissionWorkflowEvents } from "../events"
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
    when({ recorded }, ({ recorded }) => recorded.length > 0).then(() => {
      emitEventStep({ eventName: CommissionWorkflowEvents.ENTRIES_RECORDED, data: recorded })
    })
    return new WorkflowResponse(recorded)
  }
)
