import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The logged-in member's stored value history, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stored_value_entries, metadata } = await query.graph({
    entity: "stored_value_entry",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    stored_value_entries,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
