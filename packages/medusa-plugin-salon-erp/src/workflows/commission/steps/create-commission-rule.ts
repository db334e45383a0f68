import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleData } from "./validate-commission-rule"

export const createCommissionRuleStepId = "create-commission-rule"
/**
 * This step creates a commission rule, staging `commission_rule.created` in the same transaction.
 * Compensation deletes it.
 */
export const createCommissionRuleStep = createStep(
  createCommissionRuleStepId,
  async (data: CommissionRuleData & { name: string }, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const rule = await service.createRule(data)
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.deleteCommissionRules(id)
  }
)
