import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SurveyListResponse } from "../../../../../types/feedback/http"

/** The logged-in customer's satisfaction surveys; `status=pending|answered|expired`. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<SurveyListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status } = req.filterableFields as { status?: "pending" | "answered" | "expired" }
  const now = new Date()
  const filters: Record<string, unknown> = { customer_id: req.auth_context.actor_id }
  if (status === "answered") filters.status = "answered"
  if (status === "pending") Object.assign(filters, { status: "pending", expires_at: { $gt: now } })
  if (status === "expired") Object.assign(filters, { status: "pending", expires_at: { $lte: now } })
  const { data: surveys, metadata } = await query.graph({
    entity: "satisfaction_survey",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({ surveys, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
