import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDeadLetter } from "../helpers"
import type { DeadLetterResponse } from "../../../../../types/operations/http"

/** One dead letter with its event payload, last error and schedule. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeadLetterResponse>
) => {
  res.json({ dead_letter: await refetchDeadLetter(req.scope, req.params.id) })
}
