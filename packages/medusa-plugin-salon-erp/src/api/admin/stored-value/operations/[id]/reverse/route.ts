import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reverseStoredValueOperationWorkflow } from "../../../../../../workflows/stored-value/workflows/reverse-stored-value-operation"
import { idempotencyKeyOf } from "../../../../../utils/idempotency"
import { respondWithOperation } from "../../../helpers"
import type { AdminReverseOperationType } from "../../../validators"
import { withConflictMessages } from "../../../../../utils/conflict-messages"

/** Undoes a top-up, spend, refund or adjustment recorded by mistake, with reversing entries. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<AdminReverseOperationType>, res: MedusaResponse) => {
    const body = req.validatedBody
    const { result } = await reverseStoredValueOperationWorkflow(req.scope).run({
      input: {
        idempotency_key: idempotencyKeyOf(req, body) ?? `reverse:${req.params.id}`,
        operation_id: req.params.id,
        reason: body.reason,
        reference_type: "admin_user",
        reference_id: req.auth_context.actor_id,
        created_by: req.auth_context.actor_id,
      },
    })
    await respondWithOperation(req, res, result)
  }
)
