import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreBranchListResponse } from "../../../types/booking/http"

/** Branches taking bookings, with opening hours and closures. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreBranchListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: branches, metadata } = await query.graph({
    entity: "branch",
    fields: req.queryConfig.fields,
    filters: { is_active: true },
    pagination: req.queryConfig.pagination,
  })
  res.json({ branches, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
