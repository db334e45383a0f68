import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { buildSurveyInvitationStep } from "../steps/build-survey-invitation"
import {
  type CreateSatisfactionSurveyStepInput,
  createSatisfactionSurveyStep,
} from "../steps/create-satisfaction-survey"
import { markSurveySentStep } from "../steps/mark-survey-sent"

export const sendSatisfactionSurveyWorkflowId = "send-satisfaction-survey"
/**
 * This workflow sends the satisfaction survey of a completed appointment exactly once: the
 * survey is created once per appointment, and a repeat finishes one whose invitation is still
 * pending (its handler died after creating it) and leaves a finished one alone. The invitation
 * is keyed by the appointment in the notification module, so it never goes out twice.
 * `satisfaction_survey.sent` is staged in the module's outbox with the sent mark.
 */
export const sendSatisfactionSurveyWorkflow = createWorkflow(
  sendSatisfactionSurveyWorkflowId,
  (input: CreateSatisfactionSurveyStepInput) => {
    const survey = createSatisfactionSurveyStep(input)
    const invitation = when({ survey }, ({ survey }) => survey.invitation_pending).then(() =>
      buildSurveyInvitationStep(
        transform({ survey }, ({ survey }) => ({ survey_id: survey.survey_id! }))
      )
    )
    when({ invitation }, ({ invitation }) => !!invitation?.notifications.length).then(() => {
      sendNotificationsStep(
        transform({ invitation }, ({ invitation }) => invitation!.notifications)
      )
    })
    when({ survey }, ({ survey }) => survey.invitation_pending).then(() => {
      markSurveySentStep(
        transform({ survey, invitation }, ({ survey, invitation }) => ({
          survey_id: survey.survey_id!,
          channel: invitation?.channel ?? null,
        }))
      )
      publishOutboxEventsStep(
        transform({ survey }, ({ survey }) => ({
          module: "feedback" as const,
          aggregate_ids: [survey.survey_id],
        }))
      )
    })
    return new WorkflowResponse(survey)
  }
)
