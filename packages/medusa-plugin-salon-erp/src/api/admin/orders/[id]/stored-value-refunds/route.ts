import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundOrderStoredValueWorkflow } from "../../../../../workflows/stored-value/workflows/refund-order-stored-value"
import { idempotencyKeyOf, idempotencyKeyOrRandom } from "../../../../utils/idempotency"
import { respondWithOperation } from "../../../stored-value/helpers"
import type { AdminRefundOrderStoredValueType } from "../../../stored-value/validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"

/**
 * Refunds (part of) what an order paid with stored value back to the member's balance, in the
 * exact principal/bonus split it took (returns, goodwill). Omit `amount` to refund all of it.
 */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminRefundOrderStoredValueType>, res: MedusaResponse) => {
    const body = req.validatedBody
    const { result } = await refundOrderStoredValueWorkflow(req.scope).run({
      input: {
        order_id: req.params.id,
        amount: body.amount,
        reason: body.reason,
        idempotency_key:
          body.amount === undefined || body.amount === null
            ? (idempotencyKeyOf(req, body) ?? `order-refund:${req.params.id}:all`)
            : idempotencyKeyOrRandom(req, body, `order-refund:${req.params.id}`),
        created_by: req.auth_context.actor_id,
      },
    })
    await respondWithOperation(req, res, result)
  }
)
