import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { FeedbackWorkflowEvents } from "../events"
import { buildSurveyInvitationStep } from "../steps/build-survey-invitation"
import {
  type CreateSatisfactionSurveyStepInput,
  createSatisfactionSurveyStep,
} from "../steps/create-satisfaction-survey"
import { markSurveySentStep } from "../steps/mark-survey-sent"

export const sendSatisfactionSurveyWorkflowId = "send-satisfaction-survey"
/**
 * This workflow sends the satisfaction survey of a completed appointment exactly once: the
 * survey is created once per appointment (a repeat finds it and stops) and the invitation is
 * keyed by the appointment in the notification module. Emits `satisfaction_survey.sent`.
 */
export const sendSatisfactionSurveyWorkflow = createWorkflow(
  sendSatisfactionSurveyWorkflowId,
  (input: CreateSatisfactionSurveyStepInput) => {
    const survey = createSatisfactionSurveyStep(input)
    const invitation = when({ survey }, ({ survey }) => survey.created).then(() =>
      buildSurveyInvitationStep(
        transform({ survey }, ({ survey }) => ({ survey_id: survey.survey_id! }))
      )
    )
    when({ invitation }, ({ invitation }) => !!invitation?.notifications.length).then(() => {
      sendNotificationsStep(
        transform({ invitation }, ({ invitation }) => invitation!.notifications)
      )
    })
    when({ survey }, ({ survey }) => survey.created).then(() => {
      markSurveySentStep(
        transform({ survey, invitation }, ({ survey, invitation }) => ({
          survey_id: survey.survey_id!,
          channel: invitation?.channel ?? null,
        }))
      )
      const data = transform({ survey, invitation, input }, ({ survey, invitation, input }) => ({
        id: survey.survey_id!,
        appointment_id: input.appointment_id,
        customer_id: input.customer_id,
        branch_id: input.branch_id,
        staff_member_ids: input.staff_member_ids,
        channel: invitation?.channel ?? null,
      }))
      emitEventStep({ eventName: FeedbackWorkflowEvents.SATISFACTION_SURVEY_SENT, data })
    })
    return new WorkflowResponse(survey)
  }
)
