import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export const releaseCartStoredValueStepId = "release-cart-stored-value"
/**
 * This step releases a cart's active stored value hold (the cart was abandoned, or its order
 * canceled before the hold was captured): the value is available again. Compensation puts the
 * hold back if the account still covers it.
 */
export const releaseCartStoredValueStep = createStep(
  releaseCartStoredValueStepId,
  async (input: { cart_id: string; reason: string }, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const hold = await service.releaseCartHold(input)
    return new StepResponse(hold, hold?.id)
  },
  async (holdId, { container }) => {
    if (!holdId) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await service.reactivateHold(holdId)
  }
)
