import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEEDBACK_MODULE } from "../../../../modules/feedback"
import type FeedbackModuleService from "../../../../modules/feedback/service"
import { labelRows } from "../../satisfaction/helpers"
import type { ComplaintAnalyticsParamsType } from "../validators"
import type { ComplaintAnalyticsResponse } from "../../../../types/feedback/http"

/**
 * Complaints by category, branch, staff member, severity or channel and/or by day, week or
 * month: counts, SLA compliance, average first-response and resolution times, resolution rating.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintAnalyticsResponse>
) => {
  const params = req.validatedQuery as unknown as ComplaintAnalyticsParamsType
  const feedback: FeedbackModuleService = req.scope.resolve(FEEDBACK_MODULE)
  const { rows, totals } = await feedback.getComplaintAnalytics(params)
  res.json({
    analytics: {
      from: params.from,
      to: params.to,
      group_by: params.group_by ?? null,
      interval: params.interval ?? null,
      rows: await labelRows(req.scope, params.group_by, rows),
      totals,
    },
  })
}
