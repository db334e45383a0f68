import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchEntity } from "@medusajs/framework/http"
import { applyStoredValueToCartWorkflow } from "../../../../../workflows/stored-value/workflows/apply-stored-value-to-cart"
import type { StoreApplyStoredValueType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"

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
 * the rest. The amount is held on the balance now and debited once when the order is placed; an
 * abandoned cart's hold expires.
 */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<StoreApplyStoredValueType>, res: MedusaResponse) => {
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
)

/** Stops paying the cart with stored value and releases its hold. */
export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
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
)
