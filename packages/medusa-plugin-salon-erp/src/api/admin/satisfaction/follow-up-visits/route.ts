import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FollowUpVisitListResponse } from "../../../../types/feedback/http"

/** Follow-up visits raised by low scores; filter by status, branch, customer, assignee. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<FollowUpVisitListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: follow_up_visits, metadata } = await query.graph({
    entity: "follow_up_visit",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    follow_up_visits,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
