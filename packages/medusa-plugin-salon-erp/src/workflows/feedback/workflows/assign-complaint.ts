import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { moveComplaintStep } from "../steps/move-complaint"
import { validateComplaintReferencesStep } from "../steps/validate-complaint-references"
import { complaintEventData } from "../utils/event-data"
import { statusChangeEntries } from "../utils/timeline"

export type AssignComplaintWorkflowInput = FeedbackActor & {
  complaint_id: string
  assignee_user_id: string
  /** Why, or what to do first (internal). */
  note?: string | null
}

export const assignComplaintWorkflowId = "assign-complaint"
/**
 * This workflow gives a complaint to an admin user (an open or reopened complaint becomes
 * assigned; a started one just changes hands) and emits `complaint.assigned`.
 */
export const assignComplaintWorkflow = createWorkflow(
  assignComplaintWorkflowId,
  (input: AssignComplaintWorkflowInput) => {
    validateComplaintReferencesStep(
      transform({ input }, ({ input }) => ({ assignee_user_id: input.assignee_user_id }))
    )
    const moved = moveComplaintStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        move: "assign" as const,
        assignee_user_id: input.assignee_user_id,
        actor_id: input.actor_id,
      }))
    )
    const entries = transform({ moved, input }, ({ moved, input }) => [
      {
        complaint_id: input.complaint_id,
        type: "assigned" as const,
        visibility: "internal" as const,
        author_type: input.actor_type,
        author_id: input.actor_id ?? null,
        body: input.note ?? null,
        data: {
          assignee_user_id: moved.after.assignee_user_id,
          previous_assignee_user_id: moved.before.assignee_user_id,
        },
      },
      ...statusChangeEntries(moved, input),
    ])
    const added = addComplaintEventsStep(entries)
    const data = transform({ moved, input, added }, ({ moved, input, added }) =>
      complaintEventData(moved.after, input, {
        previous_status: moved.before.status,
        previous_assignee_user_id: moved.before.assignee_user_id,
        event_id: added.find((entry) => entry.type === "assigned")?.id,
      })
    )
    emitEventStep({ eventName: FeedbackWorkflowEvents.COMPLAINT_ASSIGNED, data })
    return new WorkflowResponse(moved.after)
  }
)
