import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export const markSurveySentStepId = "mark-survey-sent"
/**
 * This step records when and how a survey's invitation went out. Compensation clears it.
 */
export const markSurveySentStep = createStep(
  markSurveySentStepId,
  async (input: { survey_id: string; channel: string | null }, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const survey = await feedback.updateSatisfactionSurveys({
      id: input.survey_id,
      sent_at: input.channel ? new Date() : null,
      sent_channel: input.channel,
    })
    return new StepResponse(survey, input.survey_id)
  },
  async (surveyId, { container }) => {
    if (!surveyId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.updateSatisfactionSurveys({ id: surveyId, sent_at: null, sent_channel: null })
  }
)
