import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { spendStoredValueWorkflow } from "../../../../workflows/stored-value/workflows/spend-stored-value"
import { idempotencyKeyOrRandom } from "../../../utils/idempotency"
import { respondWithOperation } from "../helpers"
import type { AdminSpendType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"

/**
 * Charges a member's stored value at the counter (an appointment, a sale, a package). Send an
 * `Idempotency-Key`: a retry charges nothing. Insufficient balance: 400.
 */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminSpendType>, res: MedusaResponse) => {
    const body = req.validatedBody
    const { result } = await spendStoredValueWorkflow(req.scope).run({
      input: {
        idempotency_key: idempotencyKeyOrRandom(req, body, "counter-spend"),
        customer_id: body.customer_id,
        currency_code: body.currency_code,
        amount: body.amount,
        branch_id: body.branch_id,
        staff_member_id: body.staff_member_id,
        reference_type: body.reference_type,
        reference_id: body.reference_id,
        reason: body.note,
        created_by: req.auth_context.actor_id,
      },
    })
    await respondWithOperation(req, res, result)
  }
)
