import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FEEDBACK_MODULE } from "../../../../modules/feedback"
import type FeedbackModuleService from "../../../../modules/feedback/service"
import type { FeedbackSettingsResponse } from "../../../../types/feedback/http"

/** The complaint SLA windows and satisfaction alert rules in force (module options). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<FeedbackSettingsResponse>
) => {
  const feedback: FeedbackModuleService = req.scope.resolve(FEEDBACK_MODULE)
  const {
    sla,
    sla_warning_ratio,
    escalation_user_ids,
    auto_close_after_days,
    survey_enabled,
    survey_response_days,
    low_score_threshold,
    low_score_streak,
    nps_detractor_max,
    nps_promoter_min,
    follow_up_due_hours,
    max_attachment_mb,
    max_attachments_per_complaint,
  } = await feedback.getFeedbackSettings()
  res.json({
    settings: {
      sla,
      sla_warning_ratio,
      escalation_user_ids,
      auto_close_after_days,
      survey_enabled,
      survey_response_days,
      low_score_threshold,
      low_score_streak,
      nps_detractor_max,
      nps_promoter_min,
      follow_up_due_hours,
      max_attachment_mb,
      max_attachments_per_complaint,
    },
  })
}
