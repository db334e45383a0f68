import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { moveComplaintStep } from "../steps/move-complaint"
import { noteEntries, statusChangeEntries } from "../../../lib/feedback/timeline"

export type CloseComplaintWorkflowInput = FeedbackActor & {
  complaint_id: string
  /** Why it is closed without a rating, for example (internal). */
  note?: string | null
}

export const closeComplaintWorkflowId = "close-complaint"
/**
 * This workflow closes a resolved complaint (staff, or the auto-close job when the customer did
 * not rate it) and emits `complaint.closed`.
 */
export const closeComplaintWorkflow = createWorkflow(
  closeComplaintWorkflowId,
  (input: CloseComplaintWorkflowInput) => {
    const moved = moveComplaintStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        move: "close" as const,
        actor_type: input.actor_type,
        actor_id: input.actor_id,
      }))
    )
    const entries = transform({ moved, input }, ({ moved, input }) => [
      ...statusChangeEntries(moved, input),
      ...noteEntries(input.complaint_id, input, input.note),
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
