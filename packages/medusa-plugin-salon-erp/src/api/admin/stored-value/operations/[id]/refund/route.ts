import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundStoredValueWorkflow } from "../../../../../../workflows/stored-value/workflows/refund-stored-value"
import { idempotencyKeyOf, idempotencyKeyOrRandom } from "../../../../../utils/idempotency"
import { respondWithOperation } from "../../../helpers"
import type { AdminRefundOperationType } from "../../../validators"
import { withConflictMessages } from "../../../../../utils/conflict-messages"

/** Credits back (part of) a spend in its exact principal/bonus split. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminRefundOperationType>, res: MedusaResponse) => {
    const body = req.validatedBody
    const { result } = await refundStoredValueWorkflow(req.scope).run({
      input: {
        idempotency_key:
          // Refunding all of an operation can happen once, so its default key may be fixed; two
          // keyless partial refunds are two refunds.
          body.amount === undefined || body.amount === null
            ? (idempotencyKeyOf(req, body) ?? `refund:${req.params.id}:all`)
            : idempotencyKeyOrRandom(req, body, `refund:${req.params.id}`),
        operation_id: req.params.id,
        amount: body.amount,
        reason: body.reason,
        reference_type: "admin_user",
        reference_id: req.auth_context.actor_id,
        created_by: req.auth_context.actor_id,
      },
    })
    await respondWithOperation(req, res, result)
  }
)
