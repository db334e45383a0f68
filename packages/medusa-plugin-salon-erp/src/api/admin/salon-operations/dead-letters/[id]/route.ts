import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchDeadLetter } from "../helpers"

/** One dead letter with its event payload, last error and schedule. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ dead_letter: await refetchDeadLetter(req.scope, req.params.id) })
}
