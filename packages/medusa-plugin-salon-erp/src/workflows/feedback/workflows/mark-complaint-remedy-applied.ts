import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../../../modules/feedback/events"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { loadComplaintStep } from "../steps/load-complaint"
import { markComplaintRemedyAppliedStep } from "../steps/mark-complaint-remedy-applied"

export type MarkComplaintRemedyAppliedWorkflowInput = FeedbackActor & {
  complaint_id: string
  remedy_id: string
  applied_reference?: string | null
}

export const markComplaintRemedyAppliedWorkflowId = "mark-complaint-remedy-applied"
/**
 * This workflow confirms that a recorded remedy was given to the customer (by hand, or by the
 * capability that grants it) and emits `complaint.remedy_applied`.
 */
export const markComplaintRemedyAppliedWorkflow = createWorkflow(
  markComplaintRemedyAppliedWorkflowId,
  (input: MarkComplaintRemedyAppliedWorkflowInput) => {
    const complaint = loadComplaintStep(
      transform({ input }, ({ input }) => ({ complaint_id: input.complaint_id }))
    )
    const remedy = markComplaintRemedyAppliedStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        remedy_id: input.remedy_id,
        applied_reference: input.applied_reference,
        actor_id: input.actor_id,
      }))
    )
    addComplaintEventsStep(
      transform({ remedy, input, complaint }, ({ remedy, input, complaint }) => ({
        entries: [
          {
            complaint_id: complaint.id,
            type: "remedy_applied" as const,
            visibility: "internal" as const,
            author_type: input.actor_type,
            author_id: input.actor_id ?? null,
            body: remedy.description,
            data: { remedy_id: remedy.id, applied_reference: remedy.applied_reference },
          },
        ],
        events: [
          {
            complaint_id: complaint.id,
            event_name: FeedbackWorkflowEvents.COMPLAINT_REMEDY_APPLIED,
            actor: { actor_type: input.actor_type, actor_id: input.actor_id ?? null },
            extra: { remedy_id: input.remedy_id },
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
    return new WorkflowResponse(remedy)
  }
)
