import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { moveComplaintStep } from "../steps/move-complaint"
import { noteEntries, statusChangeEntries } from "../../../lib/feedback/timeline"

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
        actor_type: input.actor_type,
        actor_id: input.actor_id,
      }))
    )
    const entries = transform({ moved, input }, ({ moved, input }) => [
      ...statusChangeEntries(moved, input),
      ...noteEntries(input.complaint_id, input, input.reason),
    ])
    addComplaintEventsStep(entries)
    publishOutboxEventsStep(
      transform({ input }, ({ input }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.complaint_id],
      }))
    )
    return new WorkflowResponse(moved.after)
  }
)
