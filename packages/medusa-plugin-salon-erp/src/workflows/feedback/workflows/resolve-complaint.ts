import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import {
  type ComplaintRemedyInput,
  applyComplaintRemedyStep,
} from "../steps/apply-complaint-remedy"
import { moveComplaintStep } from "../steps/move-complaint"
import { complaintEventData } from "../utils/event-data"
import { statusChangeEntries } from "../utils/timeline"

export type ResolveComplaintWorkflowInput = FeedbackActor & {
  complaint_id: string
  /** What was done, in words the customer sees. */
  resolution_summary: string
  /** Goodwill credit, free session or anything else given to make up for it. */
  remedies?: ComplaintRemedyInput[]
}

export const resolveComplaintWorkflowId = "resolve-complaint"
/**
 * This workflow resolves a complaint: it records what was done (it counts as the first response
 * when there was none), applies or records the remedies, and emits `complaint.resolved` (and
 * `complaint.remedy_recorded` per remedy). The customer can then rate the resolution.
 */
export const resolveComplaintWorkflow = createWorkflow(
  resolveComplaintWorkflowId,
  (input: ResolveComplaintWorkflowInput) => {
    const moved = moveComplaintStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        move: "resolve" as const,
        actor_id: input.actor_id,
        resolution_summary: input.resolution_summary,
      }))
    )
    const remedies = applyComplaintRemedyStep(
      transform({ moved, input }, ({ moved, input }) => ({
        complaint_id: input.complaint_id,
        complaint_display_id: moved.after.display_id,
        customer_id: moved.after.customer_id,
        branch_id: moved.after.branch_id,
        remedies: input.remedies ?? [],
        actor_id: input.actor_id,
      }))
    )
    const entries = transform({ moved, input, remedies }, ({ moved, input, remedies }) => [
      ...statusChangeEntries(moved, input, input.resolution_summary),
      ...remedies.map((remedy) => ({
        complaint_id: input.complaint_id,
        type: "remedy_recorded" as const,
        visibility: "internal" as const,
        author_type: input.actor_type,
        author_id: input.actor_id ?? null,
        body: remedy.description,
        data: { remedy_id: remedy.id, kind: remedy.kind, status: remedy.status },
      })),
    ])
    addComplaintEventsStep(entries)
    const data = transform({ moved, input }, ({ moved, input }) =>
      complaintEventData(moved.after, input, { previous_status: moved.before.status })
    )
    emitEventStep({ eventName: FeedbackWorkflowEvents.COMPLAINT_RESOLVED, data })
    when({ remedies }, ({ remedies }) => remedies.length > 0).then(() => {
      const remedyEvents = transform({ moved, input, remedies }, ({ moved, input, remedies }) =>
        remedies.map((remedy) => complaintEventData(moved.after, input, { remedy_id: remedy.id }))
      )
      emitEventStep({
        eventName: FeedbackWorkflowEvents.COMPLAINT_REMEDY_RECORDED,
        data: remedyEvents,
      }).config({ name: "emit-remedy-recorded" })
    })
    return new WorkflowResponse(moved.after)
  }
)
