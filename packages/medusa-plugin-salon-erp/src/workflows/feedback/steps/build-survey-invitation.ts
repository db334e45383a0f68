import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { customerName, localTime } from "../../../lib/feedback/messages"

type SurveyInvitation = {
  to: string
  channel: string
  template: string
  idempotency_key: string
  resource_id: string
  resource_type: string
  receiver_id: string
  data: Record<string, unknown>
}

export const buildSurveyInvitationStepId = "build-survey-invitation"
/**
 * This step prepares the invitation to rate a visit: by email when the customer has one, else
 * by SMS; none when they have neither. Keyed by the survey, so it is sent once.
 */
export const buildSurveyInvitationStep = createStep(
  buildSurveyInvitationStepId,
  async (input: { survey_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [survey],
    } = await query.graph({
      entity: "satisfaction_survey",
      fields: [
        "id",
        "appointment_id",
        "appointment_display_id",
        "completed_at",
        "expires_at",
        "customer.id",
        "customer.email",
        "customer.phone",
        "customer.first_name",
        "customer.last_name",
        "branch.name",
        "branch.timezone",
      ],
      filters: { id: input.survey_id },
    })
    const customer = survey?.customer
    const to = customer?.email || customer?.phone
    if (!survey || !to) {
      return new StepResponse({
        channel: null as string | null,
        notifications: [] as SurveyInvitation[],
      })
    }
    const channel = customer!.email ? "email" : "sms"
    const zone = survey.branch?.timezone ?? "UTC"
    return new StepResponse({
      channel: channel as string | null,
      notifications: [
        {
          to,
          channel,
          template: "satisfaction-survey",
          idempotency_key: `satisfaction-survey:${survey.appointment_id}`,
          resource_id: survey.id,
          resource_type: "satisfaction_survey",
          receiver_id: customer!.id,
          data: {
            survey_id: survey.id,
            appointment_id: survey.appointment_id,
            appointment_display_id: survey.appointment_display_id,
            customer_name: customerName(customer),
            branch_name: survey.branch?.name ?? null,
            visited_at_local: localTime(survey.completed_at, zone),
            answer_by_local: localTime(survey.expires_at, zone),
          },
        },
      ] as SurveyInvitation[],
    })
  }
)
