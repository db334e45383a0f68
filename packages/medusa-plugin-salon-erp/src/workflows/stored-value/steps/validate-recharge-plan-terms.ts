import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export type ValidateRechargePlanTermsStepInput = {
  /** The plan being changed (its current terms fill in what the update leaves out). */
  id?: string | null
  pay_amount?: number | null
  bonus_type?: "fixed" | "percent" | null
  bonus_value?: number | null
}

export const validateRechargePlanTermsStepId = "validate-recharge-plan-terms"
/**
 * This step checks, before a recharge plan is written, that one top-up from it stays within the
 * stored-value option `max_top_up_amount`: the pay amount, and a fixed bonus (400 naming the field).
 */
export const validateRechargePlanTermsStep = createStep(
  validateRechargePlanTermsStepId,
  async (input: ValidateRechargePlanTermsStepInput, { container }) => {
    const storedValue = container.resolve<StoredValueModuleService>(STORED_VALUE_MODULE)
    const { max_top_up_amount } = await storedValue.getStoredValueSettings()
    let bonusType = input.bonus_type ?? null
    if (input.id && input.bonus_value !== undefined && input.bonus_value !== null && !bonusType) {
      const plan = await storedValue.retrieveRechargePlan(input.id, { select: ["bonus_type"] })
      bonusType = plan.bonus_type as "fixed" | "percent"
    }
    const tooMuch = (field: string, value: number) =>
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field} (${value}) is above the limit of ${max_top_up_amount} set by the stored-value option max_top_up_amount`
      )
    if (typeof input.pay_amount === "number" && input.pay_amount > max_top_up_amount) {
      throw tooMuch("pay_amount", input.pay_amount)
    }
    if (
      (bonusType ?? "fixed") === "fixed" &&
      typeof input.bonus_value === "number" &&
      input.bonus_value > max_top_up_amount
    ) {
      throw tooMuch("bonus_value", input.bonus_value)
    }
    return new StepResponse(null)
  }
)
