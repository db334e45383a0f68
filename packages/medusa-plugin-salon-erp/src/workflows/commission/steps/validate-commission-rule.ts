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
  branch: "Branch",
  staff_member: "Staff member",
  product: "Product",
  product_variant: "Product variant",
  salon_service: "Salon service",
  package_template: "Package template",
  recharge_plan: "Recharge plan",
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
      ["branch", input.data.branch_id],
      ["staff_member", input.data.staff_member_id],
      ...(input.data.target_type
        ? [[TARGET_ENTITIES[input.data.target_type], input.data.target_id]]
        : []),
    ].filter(([, id]) => !!id) as [string, string][]
    for (const [entity, id] of references) {
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `${LABELS[entity]} with id: ${id} was not found`
        )
      }
    }
    return new StepResponse(merged)
  }
)
