import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { moveComplaintStep } from "../steps/move-complaint"
import { validateComplaintReferencesStep } from "../steps/validate-complaint-references"
import { statusChangeEntries } from "../../../lib/feedback/timeline"

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
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        note: input.note ?? null,
      }))
    )
    // The assignment entry and `complaint.assigned` are written with the move itself.
    addComplaintEventsStep(
      transform({ moved, input }, ({ moved, input }) => statusChangeEntries(moved, input))
    )
    publishOutboxEventsStep(
      transform({ input }, ({ input }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.complaint_id],
      }))
    )
    return new WorkflowResponse(moved.after)
  }
)
