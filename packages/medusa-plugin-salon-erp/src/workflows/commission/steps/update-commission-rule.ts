import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionRuleData } from "./validate-commission-rule"

export type UpdateCommissionRuleStepInput = { id: string; data: CommissionRuleData }

export const updateCommissionRuleStepId = "update-commission-rule"
/**
 * This step changes a rule. Entries already written keep the rate they were paid at; the rule
 * applies as changed from now on; `commission_rule.updated` is staged in the same transaction.
 * Compensation writes the previous values back.
 */
export const updateCommissionRuleStep = createStep(
  updateCommissionRuleStepId,
  async (input: UpdateCommissionRuleStepInput, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const fields = Object.keys(input.data)
    const before = await service.retrieveCommissionRule(input.id, {
      select: ["id", ...fields] as never[],
    })
    const updated = await service.updateRule(input.id, input.data)
    return new StepResponse(updated, fields.length ? before : null)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.updateCommissionRules(before as never)
  }
)
