import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openCounterShiftWorkflow } from "../../../../../workflows/counter/workflows/open-counter-shift"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import { idempotencyKeyOrRandom } from "../../../../utils/idempotency"
import type { AdminCounterShiftResponse } from "../../../../../types/counter/http"
import { refetchCounterShift } from "../../../counter-shifts/helpers"
import type { AdminOpenCounterShiftType } from "../../validators"

/**
 * Opens a shift on the register with its opening float: 201 with the shift, or 200 with the
 * same shift when the idempotency key was already used for this request. A register has at most
 * one open shift (409 naming it). Send an `Idempotency-Key`.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminOpenCounterShiftType>,
    res: MedusaResponse<AdminCounterShiftResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await openCounterShiftWorkflow(req.scope).run({
      input: {
        register_id: req.params.id,
        opening_float: body.opening_float,
        opened_by: req.auth_context.actor_id,
        idempotency_key: idempotencyKeyOrRandom(req, body, "counter-open-shift"),
      },
    })
    res
      .status(result.replayed ? 200 : 201)
      .json({ counter_shift: await refetchCounterShift(req.scope, result.shift_id) })
  }
)
