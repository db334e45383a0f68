import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchServicePackage } from "../helpers"
import type { PackageResponse } from "../../../../types/service-packages/http"

/** A package with its items (remaining and reserved sessions, value left) and totals. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<PackageResponse>
) => {
  res.json({
    service_package: await refetchServicePackage(req.params.id, req.scope, req.queryConfig.fields),
  })
}
