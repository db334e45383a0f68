import {
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshCartItemsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { prepareCartStoredValueStep } from "../steps/prepare-cart-stored-value"

export type ApplyStoredValueToCartWorkflowInput = {
  cart_id: string
  customer_id: string
  /** Omitted: as much as the balance covers; 0: remove it. */
  amount?: string | number | null
}

export const applyStoredValueToCartWorkflowId = "apply-stored-value-to-cart"
/**
 * This workflow lets a member pay all or part of a cart with stored value: it puts a credit line
 * on the cart (a card pays the rest) and refreshes the payment collection. The balance is debited
 * only when the cart completes.
 */
export const applyStoredValueToCartWorkflow = createWorkflow(
  applyStoredValueToCartWorkflowId,
  (input: ApplyStoredValueToCartWorkflowInput) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: [
        "id",
        "customer_id",
        "currency_code",
        "total",
        "completed_at",
        "credit_lines.id",
        "credit_lines.amount",
        "credit_lines.reference",
        "items.variant_id",
      ],
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0])
    const plan = prepareCartStoredValueStep({
      cart,
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      amount: input.amount,
    })
    when({ plan }, ({ plan }) => plan.to_delete.length > 0).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({ input: { id: plan.to_delete } })
    })
    when({ plan }, ({ plan }) => plan.to_create.length > 0).then(() => {
      createCartCreditLinesWorkflow.runAsStep({ input: plan.to_create })
    })
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    return new WorkflowResponse(plan)
  }
)
