import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../../../modules/feedback/events"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import type { ComplaintRemedyInput } from "../../../lib/feedback/remedies"
import { applyComplaintRemediesWorkflow } from "./apply-complaint-remedies"
import { loadComplaintStep } from "../steps/load-complaint"

export type RecordComplaintRemedyWorkflowInput = FeedbackActor & {
  complaint_id: string
  remedy: ComplaintRemedyInput
}

export const recordComplaintRemedyWorkflowId = "record-complaint-remedy"
/**
 * This workflow adds a remedy to a complaint after the fact (a goodwill gesture decided later)
 * and emits `complaint.remedy_recorded`.
 */
export const recordComplaintRemedyWorkflow = createWorkflow(
  recordComplaintRemedyWorkflowId,
  (input: RecordComplaintRemedyWorkflowInput) => {
    const complaint = loadComplaintStep(
      transform({ input }, ({ input }) => ({ complaint_id: input.complaint_id }))
    )
    const recorded = applyComplaintRemediesWorkflow.runAsStep({
      input: transform({ complaint, input }, ({ complaint, input }) => ({
        complaint_id: complaint.id,
        complaint_display_id: complaint.display_id,
        customer_id: complaint.customer_id,
        branch_id: complaint.branch_id,
        remedies: [input.remedy],
        actor_id: input.actor_id,
      })),
    })
    const remedy = transform({ recorded }, ({ recorded }) => recorded[0])
    addComplaintEventsStep(
      transform({ remedy, input, complaint }, ({ remedy, input, complaint }) => ({
        entries: [
          {
            complaint_id: complaint.id,
            type: "remedy_recorded" as const,
            visibility: "internal" as const,
            author_type: input.actor_type,
            author_id: input.actor_id ?? null,
            body: remedy.description,
            data: { remedy_id: remedy.id, kind: remedy.kind, status: remedy.status },
          },
        ],
        events: [
          {
            complaint_id: complaint.id,
            event_name: FeedbackWorkflowEvents.COMPLAINT_REMEDY_RECORDED,
            actor: { actor_type: input.actor_type, actor_id: input.actor_id ?? null },
            extra: { remedy_id: remedy.id },
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
