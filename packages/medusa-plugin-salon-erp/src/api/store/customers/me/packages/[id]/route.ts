import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchServicePackage } from "../../../../../admin/service-packages/helpers"
import type { StorePackageResponse } from "../../../../../../types/service-packages/http"

/** One of the logged-in customer's packages (404 for anyone else's). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StorePackageResponse>
) => {
  res.json({
    package: await refetchServicePackage(
      req.params.id,
      req.scope,
      req.queryConfig.fields,
      req.auth_context.actor_id
    ),
  })
}
