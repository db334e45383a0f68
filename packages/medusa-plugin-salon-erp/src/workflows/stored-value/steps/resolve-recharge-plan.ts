import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import { formatAmount, roundAmount } from "../../../modules/stored-value/lib/money"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export type ResolveRechargePlanStepInput = {
  plan_id?: string | null
  currency_code: string
  /** Units bought (online: line quantity). */
  quantity?: number
  /** What was actually paid, if known (online: the line total after discounts). */
  paid_amount?: string | number | null
  principal_amount?: string | number | null
  bonus_amount?: string | number | null
  bonus_validity_days?: number | null
  /** When the top-up happens: the plan must be on offer then. */
  at?: string
}

export type RechargeTerms = {
  plan_id: string | null
  plan_name?: string
  principal_amount: string
  bonus_amount: string
  bonus_expires_at: string | null
  description?: string
}

export const resolveRechargePlanStepId = "resolve-recharge-plan"
/**
 * This step turns a top-up request into principal, bonus and bonus expiry: from a recharge plan
 * (pay X, get X + bonus) or from amounts given directly at the counter.
 */
export const resolveRechargePlanStep = createStep(
  resolveRechargePlanStepId,
  async (
    input: ResolveRechargePlanStepInput,
    { container }
  ): Promise<StepResponse<RechargeTerms>> => {
    const currency = input.currency_code.toLowerCase()
    const at = input.at ? new Date(input.at) : new Date()
    if (!input.plan_id) {
      if (input.principal_amount === undefined || input.principal_amount === null) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Give a recharge plan or a principal amount for the top-up"
        )
      }
      const days = input.bonus_validity_days ?? null
      return new StepResponse({
        plan_id: null,
        principal_amount: MathBN.convert(input.principal_amount).toFixed(),
        bonus_amount: MathBN.convert(input.bonus_amount ?? 0).toFixed(),
        bonus_expires_at: days ? new Date(at.getTime() + days * 86_400_000).toISOString() : null,
      })
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const plan = await service.retrieveRechargePlan(input.plan_id)
    if (plan.currency_code.toLowerCase() !== currency) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Recharge plan ${plan.name} is in ${plan.currency_code.toUpperCase()}, not ${currency.toUpperCase()}`
      )
    }
    const offered =
      plan.is_active &&
      (!plan.starts_at || new Date(plan.starts_at) <= at) &&
      (!plan.ends_at || new Date(plan.ends_at) > at)
    if (!offered) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Recharge plan ${plan.name} is not on offer now`
      )
    }
    const quantity = input.quantity ?? 1
    const listPrice = MathBN.mult(plan.pay_amount, quantity)
    const principal =
      input.paid_amount !== undefined && input.paid_amount !== null
        ? MathBN.convert(input.paid_amount)
        : listPrice
    if (MathBN.lte(principal, 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Nothing was paid for ${plan.name}; no top-up`
      )
    }
    const bonusPerUnit =
      plan.bonus_type === "percent"
        ? MathBN.div(MathBN.mult(plan.pay_amount, plan.bonus_value), 100)
        : MathBN.convert(plan.bonus_value)
    const bonus = roundAmount(MathBN.mult(bonusPerUnit, quantity), currency)
    return new StepResponse({
      plan_id: plan.id,
      plan_name: plan.name,
      principal_amount: principal.toFixed(),
      bonus_amount: bonus,
      bonus_expires_at: plan.bonus_validity_days
        ? new Date(at.getTime() + plan.bonus_validity_days * 86_400_000).toISOString()
        : null,
      description: `${plan.name}: pay ${formatAmount(listPrice, currency)}, get ${formatAmount(MathBN.add(listPrice, bonus), currency)}`,
    })
  }
)
