import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { entryFilters } from "../helpers"

/** The ledger: entries filtered by account, customer, branch, staff member, type and dates. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stored_value_entries, metadata } = await query.graph({
    entity: "stored_value_entry",
    fields: req.queryConfig.fields,
    filters: entryFilters(req.filterableFields as Record<string, unknown>),
    pagination: req.queryConfig.pagination,
  })
  res.json({
    stored_value_entries,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
