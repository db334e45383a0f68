import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import { customerName, excerpt } from "../../../lib/feedback/messages"

export const buildLowScoreAlertMessageStepId = "build-low-score-alert-message"
/**
 * This step prepares the admin-feed alert to the branch manager (or the escalation users when
 * the branch has none) about a customer's low scores, with the answers that raised it.
 */
export const buildLowScoreAlertMessageStep = createStep(
  buildLowScoreAlertMessageStepId,
  async (input: { follow_up_visit_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const {
      data: [visit],
    } = await query.graph({
      entity: "follow_up_visit",
      fields: [
        "id",
        "reasons",
        "due_at",
        "assignee_user_id",
        "customer.first_name",
        "customer.last_name",
        "customer.phone",
        "branch.name",
        "branch.manager_user_id",
        "surveys.id",
        "surveys.appointment_display_id",
        "surveys.overall_rating",
        "surveys.nps_score",
        "surveys.comment",
      ],
      filters: { id: input.follow_up_visit_id },
    })
    if (!visit) {
      return new StepResponse({ notifications: [], notified_user_ids: [] as string[] })
    }
    const recipients = new Set<string>(
      visit.branch?.manager_user_id
        ? [visit.branch.manager_user_id]
        : (await feedback.getFeedbackSettings()).escalation_user_ids
    )
    if (visit.assignee_user_id) recipients.add(visit.assignee_user_id)
    const surveys = (visit.surveys ?? []) as {
      id: string
      appointment_display_id: number | null
      overall_rating: number | null
      nps_score: number | null
      comment: string | null
    }[]
    const name = customerName(visit.customer)
    const reasons = (visit.reasons as string[]).map((reason) =>
      reason === "nps_detractor" ? "NPS detractor" : `${surveys.length} low ratings in a row`
    )
    const description = [
      `${name}${visit.customer?.phone ? ` (${visit.customer.phone})` : ""} at ${visit.branch?.name ?? "a branch"}: ${reasons.join(" and ")}.`,
      ...surveys.map(
        (survey) =>
          `Visit #${survey.appointment_display_id ?? "?"}: ${survey.overall_rating ?? "-"}/5, NPS ${survey.nps_score ?? "-"}${survey.comment ? ` — "${excerpt(survey.comment, 80)}"` : ""}`
      ),
      "A follow-up visit was created.",
    ].join("\n")
    const notifications = [...recipients].map((userId) => ({
      to: userId,
      channel: "feed",
      template: "satisfaction-low-score-alert",
      idempotency_key: `satisfaction-low-score-alert:${visit.id}:${userId}`,
      resource_id: visit.id,
      resource_type: "follow_up_visit",
      receiver_id: userId,
      data: {
        title: `Low satisfaction: ${name}`,
        description,
        follow_up_visit_id: visit.id,
        reasons: visit.reasons,
        url: "/app/satisfaction",
      },
    }))
    return new StepResponse({ notifications, notified_user_ids: [...recipients] })
  }
)
