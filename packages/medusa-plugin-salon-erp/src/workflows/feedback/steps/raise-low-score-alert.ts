import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export const raiseLowScoreAlertStepId = "raise-low-score-alert"
/**
 * This step raises a low-score alert when an answer calls for one (the Nth low answer in a row
 * since the last alert, or an NPS detractor): a follow-up visit assigned to the branch manager
 * (or the first escalation user). `alert` is null otherwise. Compensation withdraws it.
 */
export const raiseLowScoreAlertStep = createStep(
  raiseLowScoreAlertStepId,
  async (input: { survey_id: string }, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [survey],
    } = await query.graph({
      entity: "satisfaction_survey",
      fields: ["id", "branch.manager_user_id"],
      filters: { id: input.survey_id },
    })
    const settings = await feedback.getFeedbackSettings()
    const alert = await feedback.raiseLowScoreAlert({
      survey_id: input.survey_id,
      assignee_user_id: survey?.branch?.manager_user_id ?? settings.escalation_user_ids[0] ?? null,
    })
    return new StepResponse({ alert }, alert?.follow_up_visit_id)
  },
  async (followUpVisitId, { container }) => {
    if (!followUpVisitId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.withdrawLowScoreAlert(followUpVisitId)
  }
)
