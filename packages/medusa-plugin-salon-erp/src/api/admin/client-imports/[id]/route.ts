import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchClientImport } from "../helpers"
import type { ClientImportResponse } from "../../../../types/clients/imports"

/** One import with its progress and counts. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ClientImportResponse>
) => {
  res.json({ client_import: await refetchClientImport(req.scope, req.params.id) })
}
