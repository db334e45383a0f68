import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withSessionTotals } from "../../../../admin/service-packages/helpers"
import type { StorePackageListResponse } from "../../../../../types/service-packages/http"

/** The logged-in customer's packages with remaining sessions; `status` filters. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StorePackageListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "customer_package",
    fields: req.queryConfig.fields,
    filters: {
      ...(req.filterableFields as Record<string, unknown>),
      customer_id: req.auth_context.actor_id,
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    packages: data.map(withSessionTotals),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
