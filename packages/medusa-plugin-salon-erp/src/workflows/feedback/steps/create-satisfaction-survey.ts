import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export type CreateSatisfactionSurveyStepInput = {
  appointment_id: string
  appointment_display_id?: number | null
  customer_id: string
  branch_id: string
  staff_member_ids: string[]
  completed_at: string | Date
  /** When the visit took place (its start). */
  visited_at: string | Date
}

export const createSatisfactionSurveyStepId = "create-satisfaction-survey"
/**
 * This step creates the survey of a completed appointment unless it has one (`created` is true
 * for exactly one caller), when surveys are enabled; `invitation_pending` tells whether its
 * invitation is still to be sent (a handler that died after creating it left it unsent). Its service date is the completion's local date at the branch.
 * Compensation removes a survey it created.
 */
export const createSatisfactionSurveyStep = createStep(
  createSatisfactionSurveyStepId,
  async (input: CreateSatisfactionSurveyStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    if (!(await feedback.getFeedbackSettings()).survey_enabled) {
      return new StepResponse(
        { survey_id: null as string | null, created: false, invitation_pending: false },
        undefined as string | undefined
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [branch],
    } = await query.graph({
      entity: "branch",
      fields: ["id", "timezone"],
      filters: { id: input.branch_id },
    })
    const result = await feedback.createSurveyOnce({
      ...input,
      timezone: branch?.timezone ?? "UTC",
    })
    return new StepResponse(
      result as { survey_id: string | null; created: boolean; invitation_pending: boolean },
      result.created ? result.survey_id : (undefined as string | undefined)
    )
  },
  async (surveyId, { container }) => {
    if (!surveyId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.deleteSatisfactionSurveys(surveyId)
  }
)
