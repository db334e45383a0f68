import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adjustStoredValueWorkflow } from "../../../../../../workflows/stored-value/workflows/adjust-stored-value"
import { idempotencyKeyOrRandom } from "../../../../../utils/idempotency"
import { refetchStoredValueAccount, respondWithOperation } from "../../../helpers"
import type { AdminAdjustAccountType } from "../../../validators"
import { withConflictMessages } from "../../../../../utils/conflict-messages"

/** A manager's correction to principal and/or bonus (signed), with a reason. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminAdjustAccountType>, res: MedusaResponse) => {
    const body = req.validatedBody
    await refetchStoredValueAccount(req.params.id, req.scope, ["id"])
    const { result } = await adjustStoredValueWorkflow(req.scope).run({
      input: {
        idempotency_key: idempotencyKeyOrRandom(req, body, `adjust:${req.params.id}`),
        account_id: req.params.id,
        principal_amount: body.principal_amount,
        bonus_amount: body.bonus_amount,
        bonus_expires_at: body.bonus_validity_days
          ? new Date(Date.now() + body.bonus_validity_days * 86_400_000)
          : null,
        reason: body.reason,
        reference_type: "admin_user",
        reference_id: req.auth_context.actor_id,
        created_by: req.auth_context.actor_id,
      },
    })
    await respondWithOperation(req, res, result)
  }
)
