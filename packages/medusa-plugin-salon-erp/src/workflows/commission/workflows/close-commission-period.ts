import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { CommissionWorkflowEvents } from "../events"
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
    const data = transform({ result, input }, ({ result, input }) => ({
      period: result.period,
      settlements: result.settlements,
      settlement_entry_ids: result.settlement_entry_ids,
      closed_by: input.closed_by,
    }))
    emitEventStep({ eventName: CommissionWorkflowEvents.PERIOD_CLOSED, data })
    return new WorkflowResponse(result)
  }
)
