import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Stored value accounts; filter by customer, currency, status. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stored_value_accounts, metadata } = await query.graph({
    entity: "stored_value_account",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    stored_value_accounts,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
