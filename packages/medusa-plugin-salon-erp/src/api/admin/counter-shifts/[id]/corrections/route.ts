import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCounterShiftCorrectionWorkflow } from "../../../../../workflows/counter/workflows/record-counter-shift-correction"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import { idempotencyKeyOrRandom } from "../../../../utils/idempotency"
import type { AdminCounterCashEntryResponse } from "../../../../../types/counter/http"
import { refetchCounterCashEntry, refetchCounterShift } from "../../helpers"
import type { AdminRecordCounterShiftCorrectionType } from "../../validators"

/**
 * Records a correction on a closed shift (409 on an open one): 201 with the entry and the shift,
 * whose close figures are unchanged and whose totals show the corrected difference; 200 with the
 * first entry on a replayed idempotency key.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminRecordCounterShiftCorrectionType>,
    res: MedusaResponse<AdminCounterCashEntryResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await recordCounterShiftCorrectionWorkflow(req.scope).run({
      input: {
        shift_id: req.params.id,
        amount: body.amount,
        reason: body.reason,
        created_by: req.auth_context.actor_id,
        idempotency_key: idempotencyKeyOrRandom(req, body, "counter-correction"),
      },
    })
    res.status(result.replayed ? 200 : 201).json({
      counter_cash_entry: await refetchCounterCashEntry(req.scope, result.entry_id),
      counter_shift: await refetchCounterShift(req.scope, result.shift_id),
    })
  }
)
