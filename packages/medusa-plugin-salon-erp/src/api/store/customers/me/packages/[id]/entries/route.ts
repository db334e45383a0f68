import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchServicePackage } from "../../../../../../admin/service-packages/helpers"
import type { StorePackageEntryListResponse } from "../../../../../../../types/service-packages/http"

/** The history of one of the logged-in customer's packages (404 for anyone else's). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StorePackageEntryListResponse>
) => {
  const customerId = req.auth_context.actor_id
  await refetchServicePackage(req.params.id, req.scope, ["id"], customerId)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "package_ledger_entry",
    fields: req.queryConfig.fields,
    filters: { package_id: req.params.id, customer_id: customerId },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    entries: data,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
