import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export const markSurveySentStepId = "mark-survey-sent"
/**
 * This step records when and how a survey's invitation went out (or that it had nowhere to go)
 * and stages `satisfaction_survey.sent`, once per survey. Compensation clears it.
 */
export const markSurveySentStep = createStep(
  markSurveySentStepId,
  async (input: { survey_id: string; channel: string | null }, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const finished = await feedback.finishSurveyInvitation(input.survey_id, input.channel)
    return new StepResponse({ finished }, finished ? input.survey_id : undefined)
  },
  async (surveyId, { container }) => {
    if (!surveyId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.reopenSurveyInvitation(surveyId)
  }
)
