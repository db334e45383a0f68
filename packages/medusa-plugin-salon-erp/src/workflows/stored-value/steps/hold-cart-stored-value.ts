import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export type HoldCartStoredValueStepInput = {
  cart_id: string
  customer_id: string
  currency_code: string
  /** 0: release the cart's hold only. */
  amount: string
}

export const holdCartStoredValueStepId = "hold-cart-stored-value"
/**
 * This step holds stored value for a cart in online checkout, replacing the cart's previous hold
 * (amount 0 releases it). The hold is decided under the account lock, so carts applied at the same
 * time cannot hold more than the balance. Compensation releases the new hold and puts the
 * replaced one back.
 */
export const holdCartStoredValueStep = createStep(
  holdCartStoredValueStepId,
  async (input: HoldCartStoredValueStepInput, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const result = await service.holdForCart(input)
    return new StepResponse(result, {
      hold_id: result.hold?.id ?? null,
      released_ids: result.released.map((hold) => hold.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await service.revertHoldForCart(undo)
  }
)
