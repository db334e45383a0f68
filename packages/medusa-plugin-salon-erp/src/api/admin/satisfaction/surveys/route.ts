import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SurveyListResponse } from "../../../../types/feedback/http"

/** Surveys sent and answered; filter by status, branch, customer, staff member, low, detractor, service days. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<SurveyListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { from, to, staff_member_id, ...rest } = req.filterableFields as Record<string, unknown>
  const filters: Record<string, unknown> = { ...rest }
  if (from || to) {
    filters.service_date = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) }
  }
  if (staff_member_id) filters.staff_member_ids = { $contains: [staff_member_id] }
  const { data: surveys, metadata } = await query.graph({
    entity: "satisfaction_survey",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ surveys, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
