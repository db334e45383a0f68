import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createClientImportWorkflow } from "../../../workflows/client/workflows/create-client-import"
import { CLIENT_IMPORT_FIELDS, refetchClientImport } from "./helpers"
import type { AdminCreateClientImportType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { ClientImportListResponse, ClientImportResponse } from "../../../types/clients/imports"

/** Recent client imports, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ClientImportListResponse>
) => {
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "client_import",
    fields: CLIENT_IMPORT_FIELDS,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ client_imports: data, count: metadata!.count, offset, limit })
}

/**
 * Accepts a CSV of customers. A dry run (the default) checks every row and writes nothing but
 * its report; `dry_run: false` imports the valid rows straight away. Answers 202 at once: poll
 * the import for progress.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateClientImportType>,
    res: MedusaResponse<ClientImportResponse>
  ) => {
    const { result } = await createClientImportWorkflow(req.scope).run({
      input: { ...req.validatedBody, user_id: req.auth_context.actor_id },
    })
    res.status(202).json({ client_import: await refetchClientImport(req.scope, result.id) })
  }
)
