import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeStoredValueAccountWorkflow } from "../../../../../../workflows/stored-value/workflows/close-stored-value-account"
import { idempotencyKeyOf } from "../../../../../utils/idempotency"
import { refetchStoredValueAccount, respondWithOperation } from "../../../helpers"
import type { AdminCloseAccountType } from "../../../validators"
import { withConflictMessages } from "../../../../../utils/conflict-messages"

/** Cancels a membership card (退卡): unspent principal refunded, bonus forfeited, account closed. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminCloseAccountType>, res: MedusaResponse) => {
    const body = req.validatedBody
    await refetchStoredValueAccount(req.params.id, req.scope, ["id"])
    const { result } = await closeStoredValueAccountWorkflow(req.scope).run({
      input: {
        idempotency_key: idempotencyKeyOf(req, body) ?? `close:${req.params.id}`,
        account_id: req.params.id,
        reason: body.reason,
        payment_method: body.refund_method ?? null,
        reference_type: "admin_user",
        reference_id: req.auth_context.actor_id,
        created_by: req.auth_context.actor_id,
      },
    })
    await respondWithOperation(req, res, result)
  }
)
