import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export const expireStoredValueBonusStepId = "expire-stored-value-bonus"
/**
 * This step expires the bonus lots of one account that are past their date (once per lot).
 */
export const expireStoredValueBonusStep = createStep(
  expireStoredValueBonusStepId,
  async (input: { account_id: string; now?: string }, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const result = await service.expireBonus(
      input.account_id,
      input.now ? new Date(input.now) : new Date()
    )
    return new StepResponse(result && !result.replayed && result.entries.length ? result : null)
  }
)
