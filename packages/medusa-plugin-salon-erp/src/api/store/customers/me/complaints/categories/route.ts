import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ComplaintCategoryListResponse } from "../../../../../../types/feedback/http"

/** The complaint categories a customer can choose from (active ones). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintCategoryListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: complaint_categories, metadata } = await query.graph({
    entity: "complaint_category",
    fields: req.queryConfig.fields,
    filters: { is_active: true },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    complaint_categories,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
