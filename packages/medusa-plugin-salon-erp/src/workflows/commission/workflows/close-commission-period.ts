import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { closeCommissionPeriodStep } from "../steps/close-commission-period"

export const closeCommissionPeriodWorkflowId = "close-commission-period"
/**
 * This workflow closes a commission month for payroll: retroactive tiers are settled on the whole
 * month, and the month is locked (later corrections land in the next open month). Months close in
 * order. Emits `commission.period_closed`.
 */
export const closeCommissionPeriodWorkflow = createWorkflow(
  closeCommissionPeriodWorkflowId,
  (input: { period: string; closed_by: string | null }) => {
    const result = closeCommissionPeriodStep(input)
    publishOutboxEventsStep({
      module: "commission",
      aggregate_ids: transform({ result }, ({ result }) => [result.period]),
    })
    return new WorkflowResponse(result)
  }
)
