import {
  acquireLockStep,
  deleteCartCreditLinesWorkflow,
  refreshCartItemsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { findCartStoredValueStep } from "../steps/find-cart-order"
import { releaseCartStoredValueStep } from "../steps/release-cart-stored-value"

export type ReleaseCartStoredValueWorkflowInput = {
  cart_id: string
  /** Why, kept on the hold: expired, order_canceled … */
  reason: string
}

export const releaseCartStoredValueWorkflowId = "release-cart-stored-value"
/**
 * This workflow gives back the stored value held for a cart that did not complete: the hold is
 * released and the cart's stored value credit line removed (the cart then owes its full total).
 * It takes the cart's lock, as cart completion does, so a cart cannot complete half-way through;
 * a cart that has completed is left alone (`completed: true`), its hold is for capturing.
 */
export const releaseCartStoredValueWorkflow = createWorkflow(
  releaseCartStoredValueWorkflowId,
  (input: ReleaseCartStoredValueWorkflowInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const cart = findCartStoredValueStep({ cart_id: input.cart_id })
    const open = transform({ cart }, ({ cart }) => !cart.completed_at && !cart.order_id)
    const hold = when({ open }, ({ open }) => open).then(() =>
      releaseCartStoredValueStep({ cart_id: input.cart_id, reason: input.reason })
    )
    when({ open, cart }, ({ open, cart }) => open && cart.credit_line_ids.length > 0).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({ input: { id: cart.credit_line_ids } })
      refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    })
    releaseLockStep({ key: input.cart_id })
    const result = transform({ cart, hold }, ({ cart, hold }) => ({
      cart_id: cart.cart_id,
      completed: !!cart.completed_at || !!cart.order_id,
      order_id: cart.order_id,
      released: hold ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
