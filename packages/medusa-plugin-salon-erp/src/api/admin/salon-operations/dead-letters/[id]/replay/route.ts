import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replayDeadLetterWorkflow } from "../../../../../../workflows/operations/workflows/replay-dead-letter"
import { refetchDeadLetter } from "../../helpers"
import type { DeadLetterResponse } from "../../../../../../types/operations/http"

/**
 * Replays a dead or waiting dead letter: it is due now, and the worker's retry job runs its
 * handler within about 30 s. Answers the dead letter as it is after the request; poll it for the
 * outcome (`resolved`, or back to `pending_retry` / `dead` with the new error).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeadLetterResponse>
) => {
  await replayDeadLetterWorkflow(req.scope).run({
    input: { id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ dead_letter: await refetchDeadLetter(req.scope, req.params.id) })
}
