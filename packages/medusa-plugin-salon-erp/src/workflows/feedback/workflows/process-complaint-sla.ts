import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { SlaClaim } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { buildComplaintNotificationsStep } from "../steps/build-complaint-notifications"
import { claimComplaintSlaStep } from "../steps/claim-complaint-sla"
import { complaintEventData } from "../utils/event-data"

export const processComplaintSlaWorkflowId = "process-complaint-sla"
/**
 * This workflow handles one due deadline of a complaint exactly once: it claims the warning or
 * breach (a second run, or a second worker, gets `claimed: false` and does nothing), then warns
 * the assignee (the branch manager when there is none) or escalates a breach to the branch
 * manager and the assignee through the notification module (keyed, so a retry sends nothing
 * twice), records it on the timeline and emits `complaint.sla_warning` / `complaint.sla_breached`.
 * A failed send gives the claim back for the next run.
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
        transform({ input, claim, messages }, ({ input, claim, messages }) => [
          {
            complaint_id: input.complaint_id,
            type: input.stage === "warning" ? ("sla_warning" as const) : ("sla_breached" as const),
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
        ])
      )
      const event = transform({ input, claim, messages }, ({ input, claim, messages }) => ({
        eventName:
          input.stage === "warning"
            ? FeedbackWorkflowEvents.COMPLAINT_SLA_WARNING
            : FeedbackWorkflowEvents.COMPLAINT_SLA_BREACHED,
        data: complaintEventData(
          claim.complaint,
          { actor_type: "system" },
          {
            deadline: input.deadline,
            stage: input.stage,
            due_at: claim.due_at,
            notified_user_ids: messages?.notified_user_ids ?? [],
          }
        ),
      }))
      emitEventStep(event)
    })
    return new WorkflowResponse(claim)
  }
)
