import {
  WorkflowResponse,
  createHook,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import type { FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../../../modules/feedback/events"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import type { ComplaintRemedyInput } from "../../../lib/feedback/remedies"
import { applyComplaintRemediesWorkflow } from "./apply-complaint-remedies"
import { moveComplaintStep } from "../steps/move-complaint"
import { statusChangeEntries } from "../../../lib/feedback/timeline"

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
 *
 * Hook `complaintResolved` ({ complaint, remedies }): runs after the resolution and its remedies
 * are recorded, before the events are published; a handler that throws undoes all of it,
 * remedies granted included.
 */
export const resolveComplaintWorkflow = createWorkflow(
  resolveComplaintWorkflowId,
  (input: ResolveComplaintWorkflowInput) => {
    const moved = moveComplaintStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        move: "resolve" as const,
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        resolution_summary: input.resolution_summary,
      }))
    )
    const remedies = applyComplaintRemediesWorkflow.runAsStep({
      input: transform({ moved, input }, ({ moved, input }) => ({
        complaint_id: input.complaint_id,
        complaint_display_id: moved.after.display_id,
        customer_id: moved.after.customer_id,
        branch_id: moved.after.branch_id,
        remedies: input.remedies ?? [],
        actor_id: input.actor_id,
      })),
    })
    const entries = transform({ moved, input, remedies }, ({ moved, input, remedies }) => ({
      entries: [
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
      ],
      events: remedies.map((remedy) => ({
        complaint_id: input.complaint_id,
        event_name: FeedbackWorkflowEvents.COMPLAINT_REMEDY_RECORDED,
        actor: { actor_type: input.actor_type, actor_id: input.actor_id ?? null },
        extra: { remedy_id: remedy.id },
      })),
    }))
    addComplaintEventsStep(entries)
    const complaintResolved = createHook("complaintResolved", {
      complaint: moved.after,
      remedies,
    })
    publishOutboxEventsStep(
      transform({ input }, ({ input }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.complaint_id],
      }))
    )
    return new WorkflowResponse(moved.after, { hooks: [complaintResolved] })
  }
)
