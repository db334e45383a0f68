import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { SubmitSurveyInput } from "../../../modules/feedback/types"

export const submitSurveyResponseStepId = "submit-survey-response"
/**
 * This step records a customer's answer to their survey, once (a second answer is a 409, an
 * expired survey a 400, someone else's a 404). Compensation makes it unanswered again.
 */
export const submitSurveyResponseStep = createStep(
  submitSurveyResponseStepId,
  async (input: SubmitSurveyInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const result = await feedback.submitSurveyResponse(input)
    return new StepResponse(result, input.survey_id)
  },
  async (surveyId, { container }) => {
    if (!surveyId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.revertSurveyResponse(surveyId)
  }
)
