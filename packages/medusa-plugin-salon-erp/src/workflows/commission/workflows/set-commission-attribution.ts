import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { CommissionWorkflowEvents } from "../events"
import { setCommissionAttributionStep } from "../steps/set-commission-attribution"
import { syncCommissionSourcesStep } from "../steps/sync-commission-sources"
import {
  type CommissionAttributionInput,
  validateCommissionAttributionStep,
} from "../steps/validate-commission-attribution"

export const setCommissionAttributionWorkflowId = "set-commission-attribution"
/**
 * This workflow sets or corrects who earned a line (staff and shares summing to 100) while its
 * month is open, then re-records the source's commissions: the previous earners' entries are
 * reversed and the new earners' written. Emits `commission.attribution_changed`.
 */
export const setCommissionAttributionWorkflow = createWorkflow(
  setCommissionAttributionWorkflowId,
  (input: CommissionAttributionInput & { set_by: string | null }) => {
    validateCommissionAttributionStep(input)
    setCommissionAttributionStep(input)
    const sources = transform({ input }, ({ input }) => [
      { source_type: input.source_type, source_id: input.source_id },
    ])
    const recorded = syncCommissionSourcesStep(sources)
    const data = transform({ input, recorded }, ({ input, recorded }) => ({
      source_type: input.source_type,
      source_id: input.source_id,
      source_line_id: input.source_line_id,
      role: input.role,
      shares: input.shares,
      set_by: input.set_by,
      entry_ids: recorded.flatMap((result) => result.entry_ids),
    }))
    emitEventStep({ eventName: CommissionWorkflowEvents.ATTRIBUTION_CHANGED, data })
    return new WorkflowResponse(data)
  }
)
