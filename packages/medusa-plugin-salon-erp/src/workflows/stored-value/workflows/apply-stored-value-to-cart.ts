import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshCartItemsWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { holdCartStoredValueStep } from "../steps/hold-cart-stored-value"
import { prepareCartStoredValueStep } from "../steps/prepare-cart-stored-value"

export type ApplyStoredValueToCartWorkflowInput = {
  cart_id: string
  customer_id: string
  /** Omitted: as much as the available balance covers; 0: remove it. */
  amount?: string | number | null
}

export const applyStoredValueToCartWorkflowId = "apply-stored-value-to-cart"
/**
 * This workflow lets a member pay all or part of a cart with stored value: it holds that amount
 * on the member's account (replacing the cart's previous hold; 0 releases it), puts a credit line
 * on the cart (a card pays the rest) and refreshes the payment collection. The balance is debited
 * only when the order is placed (the hold is captured); an abandoned cart's hold expires. It takes
 * the cart's lock, as cart completion does.
 */
export const applyStoredValueToCartWorkflow = createWorkflow(
  applyStoredValueToCartWorkflowId,
  (input: ApplyStoredValueToCartWorkflowInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
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
    const holdInput = transform({ plan, input }, ({ plan, input }) => ({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      currency_code: plan.currency_code,
      amount: plan.amount,
    }))
    const hold = holdCartStoredValueStep(holdInput)
    when({ plan }, ({ plan }) => plan.to_delete.length > 0).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({ input: { id: plan.to_delete } })
    })
    when({ plan }, ({ plan }) => plan.to_create.length > 0).then(() => {
      createCartCreditLinesWorkflow.runAsStep({ input: plan.to_create })
    })
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    releaseLockStep({ key: input.cart_id })
    const result = transform({ plan, hold }, ({ plan, hold }) => ({
      ...plan,
      hold: hold.hold,
    }))
    return new WorkflowResponse(result)
  }
)
