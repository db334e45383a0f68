import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { type ComplaintEventData, FeedbackWorkflowEvents } from "../modules/feedback/events"
import type { BuildComplaintNotificationsStepInput } from "../workflows/feedback/steps/build-complaint-notifications"
import { notifyComplaintWorkflow } from "../workflows/feedback/workflows/notify-complaint"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/** The messages each complaint event sends; keys make a redelivered event send nothing twice. */
function messagesFor(
  name: string,
  data: ComplaintEventData
): BuildComplaintNotificationsStepInput[] {
  const complaint_id = data.id
  switch (name) {
    case FeedbackWorkflowEvents.COMPLAINT_CREATED:
      return [
        {
          complaint_id,
          template: "complaint-received",
          idempotency_key: `complaint-received:${data.id}`,
          audience: ["customer"],
        },
        ...(data.severity === "high" || data.severity === "critical"
          ? [
              {
                complaint_id,
                template: "complaint-high-severity" as const,
                idempotency_key: `complaint-high-severity:${data.id}`,
                audience: ["managers" as const],
              },
            ]
          : []),
      ]
    case FeedbackWorkflowEvents.COMPLAINT_ASSIGNED:
      return [
        {
          complaint_id,
          template: "complaint-assigned",
          idempotency_key: `complaint-assigned:${data.event_id ?? `${data.id}:${data.assignee_user_id}`}`,
          audience: ["assignee"],
        },
      ]
    case FeedbackWorkflowEvents.COMPLAINT_REPLIED:
      return [
        {
          complaint_id,
          template: "complaint-reply",
          idempotency_key: `complaint-reply:${data.event_id}`,
          audience: ["customer"],
          event_id: data.event_id,
        },
      ]
    case FeedbackWorkflowEvents.COMPLAINT_RESOLVED:
      return [
        {
          complaint_id,
          template: "complaint-resolved",
          idempotency_key: `complaint-resolved:${data.id}:${data.reopen_count}`,
          audience: ["customer"],
        },
      ]
    default:
      return []
  }
}

/**
 * Tells the customer their complaint was received, answered and resolved (email, else SMS),
 * tells an assignee about their new complaint and the branch manager about a high or critical
 * one (admin feed).
 */
async function complaintNotificationsHandler({
  event: { name, data },
  container,
}: SubscriberArgs<ComplaintEventData>) {
  for (const input of messagesFor(name, data)) {
    await notifyComplaintWorkflow(container).run({ input })
  }
}

export const config: SubscriberConfig = {
  event: [
    FeedbackWorkflowEvents.COMPLAINT_CREATED,
    FeedbackWorkflowEvents.COMPLAINT_ASSIGNED,
    FeedbackWorkflowEvents.COMPLAINT_REPLIED,
    FeedbackWorkflowEvents.COMPLAINT_RESOLVED,
  ],
  context: { subscriberId: "complaint-notifications" },
}

export default reliableSubscriber("complaint-notifications", complaintNotificationsHandler)
