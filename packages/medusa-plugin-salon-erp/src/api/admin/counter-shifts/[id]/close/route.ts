import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeCounterShiftWorkflow } from "../../../../../workflows/counter/workflows/close-counter-shift"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AdminCounterShiftResponse } from "../../../../../types/counter/http"
import { refetchCounterShift } from "../../helpers"
import type { AdminCloseCounterShiftType } from "../../validators"

/**
 * Cashes up an open shift: expected cash (the sum of its entries), counted cash and the
 * difference are frozen. A closed shift answers 409.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCloseCounterShiftType>,
    res: MedusaResponse<AdminCounterShiftResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await closeCounterShiftWorkflow(req.scope).run({
      input: {
        shift_id: req.params.id,
        counted_cash: body.counted_cash,
        counted_tenders: body.counted_tenders,
        closing_note: body.closing_note,
        closed_by: req.auth_context.actor_id,
      },
    })
    res.json({ counter_shift: await refetchCounterShift(req.scope, result.shift_id) })
  }
)
