import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { setCommissionAttributionStep } from "../steps/set-commission-attribution"
import {
  type CommissionAttributionInput,
  validateCommissionAttributionStep,
} from "../steps/validate-commission-attribution"

export const setCommissionAttributionWorkflowId = "set-commission-attribution"
/**
 * This workflow sets or corrects who earned a line (staff and shares summing to 100) while its
 * month is open, and re-records the source's commissions in the same transaction: the previous
 * earners' entries are reversed and the new earners' written. Emits
 * `commission.attribution_changed`.
 */
export const setCommissionAttributionWorkflow = createWorkflow(
  setCommissionAttributionWorkflowId,
  (input: CommissionAttributionInput & { set_by: string | null }) => {
    validateCommissionAttributionStep(input)
    const data = setCommissionAttributionStep(input)
    publishOutboxEventsStep({
      module: "commission",
      aggregate_ids: transform({ input }, ({ input }) => [input.source_id]),
    })
    return new WorkflowResponse(data)
  }
)
