import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { topUpStoredValueWorkflow } from "../../../../workflows/stored-value/workflows/top-up-stored-value"
import { idempotencyKeyOrRandom } from "../../../utils/idempotency"
import { respondWithOperation } from "../helpers"
import type { AdminTopUpType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"

/**
 * Records a top-up paid at the counter: from a recharge plan, or given principal and bonus, with
 * the payment method and the staff member who sold it. Send an `Idempotency-Key`.
 */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminTopUpType>, res: MedusaResponse) => {
    const body = req.validatedBody
    const { result } = await topUpStoredValueWorkflow(req.scope).run({
      input: {
        idempotency_key: idempotencyKeyOrRandom(req, body, "counter-top-up"),
        customer_id: body.customer_id,
        currency_code: body.currency_code,
        plan_id: body.plan_id,
        principal_amount: body.principal_amount,
        bonus_amount: body.bonus_amount,
        bonus_validity_days: body.bonus_validity_days,
        payment_method: body.payment_method,
        branch_id: body.branch_id,
        staff_member_id: body.staff_member_id,
        reason: body.note,
        created_by: req.auth_context.actor_id,
      },
    })
    await respondWithOperation(req, res, result)
  }
)
