import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export const deleteCommissionRuleStepId = "delete-commission-rule"
/**
 * This step withdraws (soft-deletes) a rule, staging `commission_rule.deleted` in the same
 * transaction. Compensation restores it.
 */
export const deleteCommissionRuleStep = createStep(
  deleteCommissionRuleStepId,
  async (input: { id: string }, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const deleted = await service.deleteRule(input.id)
    return new StepResponse(deleted, input.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.restoreCommissionRules([id])
  }
)
