import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchEntity } from "@medusajs/framework/http"
import { applyStoredValueToCartWorkflow } from "../../../../../workflows/stored-value/workflows/apply-stored-value-to-cart"
import type { StoreApplyStoredValueType } from "../../../stored-value-middlewares"

const cartFields = [
  "id",
  "currency_code",
  "total",
  "credit_line_total",
  "credit_lines.*",
  "payment_collection.amount",
]

/**
 * Pays all (default) or `amount` of the logged-in member's cart with stored value; a card pays
 * the rest. The balance is debited only when the cart completes.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreApplyStoredValueType>,
  res: MedusaResponse
) => {
  await applyStoredValueToCartWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      amount: req.validatedBody.amount,
    },
  })
  res.json({
    cart: await refetchEntity({
      entity: "cart",
      idOrFilter: req.params.id,
      scope: req.scope,
      fields: cartFields,
    }),
  })
}

/** Stops paying the cart with stored value. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await applyStoredValueToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, amount: 0 },
  })
  res.json({
    cart: await refetchEntity({
      entity: "cart",
      idOrFilter: req.params.id,
      scope: req.scope,
      fields: cartFields,
    }),
  })
}
