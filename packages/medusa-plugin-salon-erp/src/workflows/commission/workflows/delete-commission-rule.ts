import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { deleteCommissionRuleStep } from "../steps/delete-commission-rule"

export const deleteCommissionRuleWorkflowId = "delete-commission-rule"
/**
 * This workflow withdraws (soft-deletes) a commission rule; entries it priced keep their rate and
 * explanation. Emits `commission_rule.deleted`.
 */
export const deleteCommissionRuleWorkflow = createWorkflow(
  deleteCommissionRuleWorkflowId,
  (input: { id: string }) => {
    const deleted = deleteCommissionRuleStep(input)
    publishOutboxEventsStep({ module: "commission", aggregate_ids: [input.id] })
    return new WorkflowResponse(deleted)
  }
)
