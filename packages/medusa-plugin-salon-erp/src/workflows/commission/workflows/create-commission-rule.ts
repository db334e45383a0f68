import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { CommissionWorkflowEvents } from "../events"
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
    const data = transform({ rule }, ({ rule }) => ({ id: rule.id }))
    emitEventStep({ eventName: CommissionWorkflowEvents.RULE_CREATED, data })
    return new WorkflowResponse(rule)
  }
)
