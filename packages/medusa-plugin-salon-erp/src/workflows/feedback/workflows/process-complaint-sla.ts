import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { SlaClaim } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../../../modules/feedback/events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { buildComplaintNotificationsStep } from "../steps/build-complaint-notifications"
import { claimComplaintSlaStep } from "../steps/claim-complaint-sla"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const processComplaintSlaWorkflowId = "process-complaint-sla"
/**
 * This workflow handles one due deadline of a complaint exactly once: it claims the warning or
 * breach (a second run, or a second worker, gets `claimed: false` and does nothing), then warns
 * the assignee (the branch manager when there is none) or escalates a breach to the branch
 * manager and the assignee through the notification module (keyed, so a retry sends nothing
 * twice), records it on the timeline and stages `complaint.sla_warning` / `complaint.sla_breached`
 * with that entry. A failed send gives the claim back for the next run; a claim whose run died
 * before the timeline entry is taken over by a later run (see `claimSla`).
 */
export const processComplaintSlaWorkflow = createWorkflow(
  processComplaintSlaWorkflowId,
  (input: SlaClaim) => {
    const claim = claimComplaintSlaStep(input)
    const messages = when({ claim }, ({ claim }) => claim.claimed).then(() =>
      buildComplaintNotificationsStep(
        transform({ input, claim }, ({ input, claim }) => {
          const warning = input.stage === "warning"
          return {
            complaint_id: input.complaint_id,
            template: warning
              ? ("complaint-sla-warning" as const)
              : ("complaint-sla-breached" as const),
            idempotency_key: `complaint-sla-${input.stage}:${input.deadline}:${input.complaint_id}`,
            audience:
              warning && claim.complaint.assignee_user_id
                ? ["assignee" as const]
                : ["managers" as const, "assignee" as const],
            deadline: input.deadline,
          }
        })
      )
    )
    when({ messages }, ({ messages }) => !!messages?.notifications.length).then(() => {
      sendNotificationsStep(transform({ messages }, ({ messages }) => messages!.notifications))
    })
    when({ claim }, ({ claim }) => claim.claimed).then(() => {
      addComplaintEventsStep(
        transform({ input, claim, messages }, ({ input, claim, messages }) => ({
          entries: [
            {
              complaint_id: input.complaint_id,
              type:
                input.stage === "warning" ? ("sla_warning" as const) : ("sla_breached" as const),
              visibility: "internal" as const,
              author_type: "system" as const,
              author_id: null,
              body: null,
              data: {
                deadline: input.deadline,
                due_at: claim.due_at,
                notified_user_ids: messages?.notified_user_ids ?? [],
              },
            },
          ],
          events: [
            {
              complaint_id: input.complaint_id,
              event_name:
                input.stage === "warning"
                  ? FeedbackWorkflowEvents.COMPLAINT_SLA_WARNING
                  : FeedbackWorkflowEvents.COMPLAINT_SLA_BREACHED,
              actor: { actor_type: "system" as const, actor_id: null },
              extra: {
                deadline: input.deadline,
                stage: input.stage,
                due_at: claim.due_at,
                notified_user_ids: messages?.notified_user_ids ?? [],
              },
            },
          ],
        }))
      )
      publishOutboxEventsStep(
        transform({ input }, ({ input }) => ({
          module: "feedback" as const,
          aggregate_ids: [input.complaint_id],
        }))
      )
    })
    return new WorkflowResponse(claim)
  }
)
