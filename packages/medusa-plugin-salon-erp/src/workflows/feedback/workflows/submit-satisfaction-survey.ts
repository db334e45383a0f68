import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { SubmitSurveyInput } from "../../../modules/feedback/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
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
    // `satisfaction_survey.answered` and `follow_up_visit.created` are staged with their writes.
    publishOutboxEventsStep(
      transform({ input, raised }, ({ input, raised }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.survey_id, raised.alert?.follow_up_visit_id],
      }))
    )
    const result = transform({ answered, raised }, ({ answered, raised }) => ({
      ...answered,
      alert: raised.alert,
    }))
    return new WorkflowResponse(result)
  }
)
