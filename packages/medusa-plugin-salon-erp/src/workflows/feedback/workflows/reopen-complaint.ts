import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { moveComplaintStep } from "../steps/move-complaint"
import { complaintEventData } from "../utils/event-data"
import { noteEntries, statusChangeEntries } from "../utils/timeline"

export type ReopenComplaintWorkflowInput = FeedbackActor & {
  complaint_id: string
  /** Why it is reopened (internal). */
  reason: string
}

export const reopenComplaintWorkflowId = "reopen-complaint"
/**
 * This workflow reopens a resolved or closed complaint: a new resolution deadline runs from now,
 * the previous rating is cleared (it stays in the timeline), and `complaint.reopened` is emitted.
 */
export const reopenComplaintWorkflow = createWorkflow(
  reopenComplaintWorkflowId,
  (input: ReopenComplaintWorkflowInput) => {
    const moved = moveComplaintStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        move: "reopen" as const,
        actor_id: input.actor_id,
      }))
    )
    const entries = transform({ moved, input }, ({ moved, input }) => [
      ...statusChangeEntries(moved, input),
      ...noteEntries(input.complaint_id, input, input.reason),
    ])
    addComplaintEventsStep(entries)
    const data = transform({ moved, input }, ({ moved, input }) =>
      complaintEventData(moved.after, input, { previous_status: moved.before.status })
    )
    emitEventStep({ eventName: FeedbackWorkflowEvents.COMPLAINT_REOPENED, data })
    return new WorkflowResponse(moved.after)
  }
)
