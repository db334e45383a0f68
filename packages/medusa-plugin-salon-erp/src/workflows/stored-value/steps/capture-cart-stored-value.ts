import { MathBN } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export type CaptureCartStoredValueStepInput = {
  cart_id: string
  /** The order the cart became; none yet: nothing is captured. */
  order_id: string | null
  /** What the completed cart's stored value credit lines use. */
  amount: number | string
}

export const captureCartStoredValueStepId = "capture-cart-stored-value"
/**
 * This step captures a completed cart's stored value hold as the order's spend entry, once: the
 * spend is keyed `cart:<cart id>`, so a replay moves nothing (and returns `replayed`). A cart
 * whose credit line is gone has its hold released instead. Compensation reverses the spend and
 * makes the hold active again, so a retry captures it once.
 */
export const captureCartStoredValueStep = createStep(
  captureCartStoredValueStepId,
  async (input: CaptureCartStoredValueStepInput, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    if (!input.order_id) {
      return new StepResponse(null)
    }
    if (!MathBN.gt(input.amount, 0)) {
      await service.releaseCartHold({ cart_id: input.cart_id, reason: "not_used" })
      return new StepResponse(null)
    }
    const captured = await service.captureCartHold({ ...input, order_id: input.order_id })
    if (!captured) {
      return new StepResponse(null)
    }
    return new StepResponse(
      captured,
      captured.result.replayed
        ? undefined
        : { hold_id: captured.hold.id, operation_id: captured.result.operation_id }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await service.compensateCapture(undo)
  }
)
