import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { StoredValueWorkflowEvents } from "../events"
import { captureCartStoredValueStep } from "../steps/capture-cart-stored-value"
import { findCartStoredValueStep } from "../steps/find-cart-order"
import { storedValueEventData } from "../utils"

export const captureCartStoredValueWorkflowId = "capture-cart-stored-value"
/**
 * This workflow charges the stored value a completed cart used: it captures the cart's hold as
 * one spend entry referencing the order (keyed by the cart, so running it again for the same
 * order moves nothing) and emits `stored_value.spent`. It runs on `order.placed` and, as a
 * recovery, from the expire-stored-value-holds job; a cart that has not become an order is left
 * alone.
 */
export const captureCartStoredValueWorkflow = createWorkflow(
  captureCartStoredValueWorkflowId,
  (input: { cart_id: string }) => {
    const cart = findCartStoredValueStep(input)
    const captureInput = transform({ cart }, ({ cart }) => ({
      cart_id: cart.cart_id,
      order_id: cart.order_id,
      amount: cart.amount,
    }))
    const captured = captureCartStoredValueStep(captureInput)
    when({ captured }, ({ captured }) => !!captured && !captured.result.replayed).then(() => {
      const data = transform({ captured, cart }, ({ captured, cart }) =>
        storedValueEventData(captured!.result, {
          reference_type: "order",
          reference_id: cart.order_id,
          payment_method: "online",
          order_id: cart.order_id,
        })
      )
      emitEventStep({ eventName: StoredValueWorkflowEvents.SPENT, data })
    })
    const result = transform({ cart, captured }, ({ cart, captured }) => ({
      cart_id: cart.cart_id,
      order_id: cart.order_id,
      hold: captured?.hold ?? null,
      operation: captured?.result ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
