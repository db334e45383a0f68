import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchServicePackage } from "../../helpers"
import type { PackageOperationListResponse } from "../../../../../types/service-packages/http"

/** The package's audit trail: every operation with its author, reason and what changed. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<PackageOperationListResponse>
) => {
  await refetchServicePackage(req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "package_operation",
    fields: req.queryConfig.fields,
    filters: { package_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    operations: data,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
