import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { setRechargePlanProductStatusStep } from "../steps/set-recharge-plan-product-status"
import { updateRechargePlanStep } from "../steps/update-recharge-plan"
import { validateRechargePlanTermsStep } from "../steps/validate-recharge-plan-terms"

export type UpdateRechargePlanWorkflowInput = {
  id: string
  name?: string
  description?: string | null
  bonus_type?: "fixed" | "percent"
  bonus_value?: number
  bonus_validity_days?: number | null
  starts_at?: string | null
  ends_at?: string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export const updateRechargePlanWorkflowId = "update-recharge-plan"
/**
 * This workflow changes a recharge plan's terms for future top-ups; deactivating it takes its own
 * product off sale, activating puts it back.
 */
export const updateRechargePlanWorkflow = createWorkflow(
  updateRechargePlanWorkflowId,
  (input: UpdateRechargePlanWorkflowInput) => {
    validateRechargePlanTermsStep({
      id: input.id,
      bonus_type: input.bonus_type,
      bonus_value: input.bonus_value,
    })
    const step = transform({ input }, ({ input }) => {
      const { id, ...data } = input
      return { id, data }
    })
    const plan = updateRechargePlanStep(step)
    const status = transform({ input }, ({ input }) => ({
      plan_id: input.id,
      on_sale: input.is_active === undefined ? null : input.is_active,
    }))
    setRechargePlanProductStatusStep(status)
    return new WorkflowResponse(plan)
  }
)
