import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { updateCommissionRuleStep } from "../steps/update-commission-rule"
import {
  type CommissionRuleData,
  validateCommissionRuleStep,
} from "../steps/validate-commission-rule"

export const updateCommissionRuleWorkflowId = "update-commission-rule"
/**
 * This workflow changes a commission rule for earnings recorded from now on (entries already
 * written keep their rate). Emits `commission_rule.updated`.
 */
export const updateCommissionRuleWorkflow = createWorkflow(
  updateCommissionRuleWorkflowId,
  (input: { id: string } & CommissionRuleData) => {
    const change = transform({ input }, ({ input }) => {
      const { id, ...data } = input
      return { id, data }
    })
    validateCommissionRuleStep(change)
    const rule = updateCommissionRuleStep(change)
    publishOutboxEventsStep({
      module: "commission",
      aggregate_ids: transform({ input }, ({ input }) => [input.id]),
    })
    return new WorkflowResponse(rule)
  }
)
