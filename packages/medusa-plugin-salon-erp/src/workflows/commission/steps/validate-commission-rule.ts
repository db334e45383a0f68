import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import { type RuleShape, ruleProblems } from "../../../modules/commission/lib/rules"
import type CommissionModuleService from "../../../modules/commission/service"

export type CommissionRuleData = Partial<RuleShape> & {
  name?: string
  branch_id?: string | null
  staff_member_id?: string | null
  category?: string | null
  staff_level?: "junior" | "senior" | "expert" | null
  designated_multiplier?: number
  is_active?: boolean
}

export type ValidateCommissionRuleStepInput = { id?: string; data: CommissionRuleData }

const TARGET_ENTITIES: Record<string, string> = {
  product: "product",
  product_variant: "product_variant",
  salon_service: "salon_service",
  package_template: "package_template",
  recharge_plan: "recharge_plan",
}

const LABELS: Record<string, string> = {
  branch: "branch",
  staff_member: "staff member",
  product: "product",
  product_variant: "product variant",
  salon_service: "salon service",
  package_template: "package template",
  recharge_plan: "recharge plan",
}

export const validateCommissionRuleStepId = "validate-commission-rule"
/**
 * This step checks a rule as it will be after the change: fields that go together, rates and
 * tiers that make sense, and that the branch, staff member and target it names exist.
 */
export const validateCommissionRuleStep = createStep(
  validateCommissionRuleStepId,
  async (input: ValidateCommissionRuleStepInput, { container }) => {
    let merged = input.data
    if (input.id) {
      const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
      const [existing] = await service.listCommissionRules({ id: input.id })
      if (!existing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Commission rule with id: ${input.id} was not found`
        )
      }
      merged = { ...existing, rate: Number(existing.rate), ...input.data } as CommissionRuleData
    }
    const problems = ruleProblems(merged as RuleShape)
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid commission rule: ${problems.join("; ")}`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const references = [
      ["branch_id", "branch", input.data.branch_id],
      ["staff_member_id", "staff_member", input.data.staff_member_id],
      ...(input.data.target_type
        ? [["target_id", TARGET_ENTITIES[input.data.target_type], input.data.target_id]]
        : []),
    ].filter(([, , id]) => !!id) as [string, string, string][]
    for (const [field, entity, id] of references) {
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `${field}: ${LABELS[entity]} ${id} was not found`
        )
      }
    }
    return new StepResponse(merged)
  }
)
