import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEEDBACK_MODULE } from "../../../../modules/feedback"
import type FeedbackModuleService from "../../../../modules/feedback/service"
import { labelRows } from "../helpers"
import type { SatisfactionAnalyticsParamsType } from "../validators"
import type { SatisfactionAnalyticsResponse } from "../../../../types/feedback/http"

/**
 * Satisfaction per dimension, NPS and low scores of answered surveys, by branch or staff member
 * and/or by day, week or month of the visit.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<SatisfactionAnalyticsResponse>
) => {
  const params = req.validatedQuery as unknown as SatisfactionAnalyticsParamsType
  const feedback: FeedbackModuleService = req.scope.resolve(FEEDBACK_MODULE)
  const { rows, totals } = await feedback.getSatisfactionAnalytics(params)
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
