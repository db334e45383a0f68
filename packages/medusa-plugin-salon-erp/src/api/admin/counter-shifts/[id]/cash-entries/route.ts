import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCounterCashEntryWorkflow } from "../../../../../workflows/counter/workflows/record-counter-cash-entry"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import { idempotencyKeyOrRandom } from "../../../../utils/idempotency"
import type { AdminCounterCashEntryResponse } from "../../../../../types/counter/http"
import { refetchCounterCashEntry, refetchCounterShift } from "../../helpers"
import type { AdminRecordCounterCashEntryType } from "../../validators"

/**
 * Records a paid_in or paid_out on an open shift: 201 with the entry and the shift, or 200 with
 * the first entry when the idempotency key was already used for this request. Send an
 * `Idempotency-Key`.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminRecordCounterCashEntryType>,
    res: MedusaResponse<AdminCounterCashEntryResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await recordCounterCashEntryWorkflow(req.scope).run({
      input: {
        shift_id: req.params.id,
        kind: body.kind,
        amount: body.amount,
        reason: body.reason,
        created_by: req.auth_context.actor_id,
        idempotency_key: idempotencyKeyOrRandom(req, body, `counter-${body.kind}`),
      },
    })
    res.status(result.replayed ? 200 : 201).json({
      counter_cash_entry: await refetchCounterCashEntry(req.scope, result.entry_id),
      counter_shift: await refetchCounterShift(req.scope, result.shift_id),
    })
  }
)
