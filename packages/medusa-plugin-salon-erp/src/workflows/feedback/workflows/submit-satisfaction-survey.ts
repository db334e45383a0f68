import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { SubmitSurveyInput } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../events"
import { buildLowScoreAlertMessageStep } from "../steps/build-low-score-alert-message"
import { raiseLowScoreAlertStep } from "../steps/raise-low-score-alert"
import { submitSurveyResponseStep } from "../steps/submit-survey-response"

export const submitSatisfactionSurveyWorkflowId = "submit-satisfaction-survey"
/**
 * This workflow records a customer's answer to their post-service survey (once per
 * appointment) and emits `satisfaction_survey.answered`. When the answer is the Nth low one in
 * a row (settings: `low_score_streak`, `low_score_threshold`) or an NPS detractor, it creates a
 * follow-up visit for the branch manager, alerts them in the admin feed and emits
 * `follow_up_visit.created`.
 */
export const submitSatisfactionSurveyWorkflow = createWorkflow(
  submitSatisfactionSurveyWorkflowId,
  (input: SubmitSurveyInput) => {
    const answered = submitSurveyResponseStep(input)
    const raised = raiseLowScoreAlertStep(
      transform({ input }, ({ input }) => ({ survey_id: input.survey_id }))
    )
    const message = when({ raised }, ({ raised }) => !!raised.alert).then(() =>
      buildLowScoreAlertMessageStep(
        transform({ raised }, ({ raised }) => ({
          follow_up_visit_id: raised.alert!.follow_up_visit_id,
        }))
      )
    )
    when({ message }, ({ message }) => !!message?.notifications.length).then(() => {
      sendNotificationsStep(transform({ message }, ({ message }) => message!.notifications))
    })
    when({ raised }, ({ raised }) => !!raised.alert).then(() => {
      const alertData = transform({ raised, message }, ({ raised, message }) => ({
        id: raised.alert!.follow_up_visit_id,
        customer_id: raised.alert!.customer_id,
        branch_id: raised.alert!.branch_id,
        assignee_user_id: message?.notified_user_ids[0] ?? null,
        reasons: raised.alert!.reasons,
        survey_ids: raised.alert!.survey_ids,
      }))
      emitEventStep({
        eventName: FeedbackWorkflowEvents.FOLLOW_UP_VISIT_CREATED,
        data: alertData,
      }).config({ name: "emit-follow-up-visit-created" })
    })
    const data = transform({ answered, input }, ({ answered, input }) => ({
      id: answered.survey_id,
      appointment_id: answered.appointment_id,
      customer_id: answered.customer_id,
      branch_id: answered.branch_id,
      staff_member_ids: answered.staff_member_ids,
      technique_rating: input.technique_rating,
      attitude_rating: input.attitude_rating,
      environment_rating: input.environment_rating,
      result_rating: input.result_rating,
      nps_score: input.nps_score,
      is_low: answered.is_low,
      is_detractor: answered.is_detractor,
    }))
    emitEventStep({ eventName: FeedbackWorkflowEvents.SATISFACTION_SURVEY_ANSWERED, data })
    const result = transform({ answered, raised }, ({ answered, raised }) => ({
      ...answered,
      alert: raised.alert,
    }))
    return new WorkflowResponse(result)
  }
)
