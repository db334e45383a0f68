import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchClientImport } from "../helpers"

/** One import with its progress and counts. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ client_import: await refetchClientImport(req.scope, req.params.id) })
}
