import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { runClientImportWorkflow } from "../../../../../workflows/client/workflows/run-client-import"
import { refetchClientImport } from "../../helpers"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ClientImportResponse } from "../../../../../types/clients/imports"

/** Imports the valid rows of a checked dry run (202; poll the import for progress). */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<ClientImportResponse>) => {
    await runClientImportWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.status(202).json({ client_import: await refetchClientImport(req.scope, req.params.id) })
  }
)
