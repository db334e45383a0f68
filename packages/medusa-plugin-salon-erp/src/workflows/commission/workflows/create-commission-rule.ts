import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { createCommissionRuleStep } from "../steps/create-commission-rule"
import {
  type CommissionRuleData,
  validateCommissionRuleStep,
} from "../steps/validate-commission-rule"

export const createCommissionRuleWorkflowId = "create-commission-rule"
/**
 * This workflow adds a commission rule (headquarters' when no branch is named, else that branch's
 * override). It applies to earnings recorded from now on. Emits `commission_rule.created`.
 */
export const createCommissionRuleWorkflow = createWorkflow(
  createCommissionRuleWorkflowId,
  (input: CommissionRuleData & { name: string }) => {
    validateCommissionRuleStep({ data: input })
    const rule = createCommissionRuleStep(input)
    publishOutboxEventsStep({
      module: "commission",
      aggregate_ids: transform({ rule }, ({ rule }) => [rule.id]),
    })
    return new WorkflowResponse(rule)
  }
)
