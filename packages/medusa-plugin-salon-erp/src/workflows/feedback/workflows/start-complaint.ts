import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { moveComplaintStep } from "../steps/move-complaint"
import { noteEntries, statusChangeEntries } from "../../../lib/feedback/timeline"

export type StartComplaintWorkflowInput = FeedbackActor & {
  complaint_id: string
  /** What is being done first (internal). */
  note?: string | null
}

export const startComplaintWorkflowId = "start-complaint"
/**
 * This workflow marks that work on an assigned (or reopened) complaint has begun and emits
 * `complaint.started`.
 */
export const startComplaintWorkflow = createWorkflow(
  startComplaintWorkflowId,
  (input: StartComplaintWorkflowInput) => {
    const moved = moveComplaintStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        move: "start" as const,
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
