import { deleteEntitiesStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import { CommissionWorkflowEvents } from "../events"

export const deleteCommissionRuleWorkflowId = "delete-commission-rule"
/**
 * This workflow withdraws (soft-deletes) a commission rule; entries it priced keep their rate and
 * explanation. Emits `commission_rule.deleted`.
 */
export const deleteCommissionRuleWorkflow = createWorkflow(
  deleteCommissionRuleWorkflowId,
  (input: { id: string }) => {
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteEntitiesStep({
      moduleRegistrationName: COMMISSION_MODULE,
      invokeMethod: "softDeleteCommissionRules",
      compensateMethod: "restoreCommissionRules",
      data: ids,
    })
    const data = transform({ input }, ({ input }) => ({ id: input.id }))
    emitEventStep({ eventName: CommissionWorkflowEvents.RULE_DELETED, data })
    return new WorkflowResponse({ id: input.id })
  }
)
