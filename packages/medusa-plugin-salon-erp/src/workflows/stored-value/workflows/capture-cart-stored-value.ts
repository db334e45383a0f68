import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { captureCartStoredValueStep } from "../steps/capture-cart-stored-value"
import { findCartStoredValueStep } from "../steps/find-cart-order"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

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
    const aggregates = transform({ captured }, ({ captured }) => [captured?.result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    const result = transform({ cart, captured }, ({ cart, captured }) => ({
      cart_id: cart.cart_id,
      order_id: cart.order_id,
      hold: captured?.hold ?? null,
      operation: captured?.result ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
