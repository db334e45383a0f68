import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { StoredValueWorkflowEvents } from "../events"
import { findCartStoredValueStep } from "../steps/find-cart-order"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { storedValueEventData } from "../utils"

export const spendStoredValueForCartWorkflowId = "spend-stored-value-for-cart"
/**
 * This workflow debits the stored value a completing cart uses, once per cart (keyed by the cart),
 * against the order it became. It runs inside cart completion; if the checkout fails afterwards,
 * its compensation writes a reversal entry.
 */
export const spendStoredValueForCartWorkflow = createWorkflow(
  spendStoredValueForCartWorkflowId,
  (input: { cart_id: string }) => {
    const cart = findCartStoredValueStep(input)
    when({ cart }, ({ cart }) => cart.amount > 0 && !!cart.customer_id).then(() => {
      const move = transform({ cart }, ({ cart }) => ({
        action: "spend" as const,
        data: {
          idempotency_key: `cart:${cart.cart_id}`,
          customer_id: cart.customer_id!,
          currency_code: cart.currency_code!,
          amount: cart.amount,
          reference_type: cart.order_id ? "order" : "cart",
          reference_id: cart.order_id ?? cart.cart_id,
          payment_method: "online",
          created_by: cart.customer_id,
        },
      }))
      const result = moveStoredValueStep(move)
      const data = transform({ result, move, cart }, ({ result, move, cart }) =>
        storedValueEventData(result, { ...move.data, order_id: cart.order_id })
      )
      emitEventStep({ eventName: StoredValueWorkflowEvents.SPENT, data })
    })
    return new WorkflowResponse(cart)
  }
)
