import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { loadComplaintStep } from "../steps/load-complaint"
import { markComplaintRemedyAppliedStep } from "../steps/mark-complaint-remedy-applied"
import { complaintEventData } from "../utils/event-data"

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
      transform({ remedy, input }, ({ remedy, input }) => [
        {
          complaint_id: input.complaint_id,
          type: "remedy_applied" as const,
          visibility: "internal" as const,
          author_type: input.actor_type,
          author_id: input.actor_id ?? null,
          body: remedy.description,
          data: { remedy_id: remedy.id, applied_reference: remedy.applied_reference },
        },
      ])
    )
    const data = transform({ complaint, input }, ({ complaint, input }) =>
      complaintEventData(complaint, input, { remedy_id: input.remedy_id })
    )
    emitEventStep({ eventName: FeedbackWorkflowEvents.COMPLAINT_REMEDY_APPLIED, data })
    return new WorkflowResponse(remedy)
  }
)
