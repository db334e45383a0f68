import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { ComplaintVisibility, FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../../../modules/feedback/events"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { loadComplaintStep } from "../steps/load-complaint"
import { recordFirstResponseStep } from "../steps/record-first-response"

export type AddComplaintMessageWorkflowInput = FeedbackActor & {
  complaint_id: string
  body: string
  /** Staff only: `customer` is a reply the customer sees, `internal` a note. Customers' messages are always `customer`. */
  visibility?: ComplaintVisibility
}

export const addComplaintMessageWorkflowId = "add-complaint-message"
/**
 * This workflow adds a message to a complaint's timeline: a staff reply the customer sees (the
 * first one stops the first-response clock) and `complaint.replied`; an internal note and
 * `complaint.note_added`; or a customer's message (their own complaint, not once closed) and
 * `complaint.customer_replied`.
 */
export const addComplaintMessageWorkflow = createWorkflow(
  addComplaintMessageWorkflowId,
  (input: AddComplaintMessageWorkflowInput) => {
    const complaint = loadComplaintStep(
      transform({ input }, ({ input }) => {
        const customer = input.actor_type === "customer"
        return {
          complaint_id: input.complaint_id,
          customer_id: customer ? input.actor_id : null,
          refuse_when_closed: customer ? "add messages" : null,
        }
      })
    )
    const kind = transform({ input }, ({ input }) => {
      if (input.actor_type === "customer") {
        return {
          type: "customer_message" as const,
          visibility: "customer" as const,
          event: FeedbackWorkflowEvents.COMPLAINT_CUSTOMER_REPLIED,
        }
      }
      return input.visibility === "customer"
        ? {
            type: "reply" as const,
            visibility: "customer" as const,
            event: FeedbackWorkflowEvents.COMPLAINT_REPLIED,
          }
        : {
            type: "internal_note" as const,
            visibility: "internal" as const,
            event: FeedbackWorkflowEvents.COMPLAINT_NOTE_ADDED,
          }
    })
    when({ kind }, ({ kind }) => kind.type === "reply").then(() => {
      recordFirstResponseStep({ complaint_id: input.complaint_id })
    })
    const entries = addComplaintEventsStep(
      transform({ input, kind, complaint }, ({ input, kind, complaint }) => ({
        entries: [
          {
            complaint_id: complaint.id,
            type: kind.type,
            visibility: kind.visibility,
            author_type: input.actor_type,
            author_id: input.actor_id ?? null,
            body: input.body,
          },
        ],
        events: [
          {
            complaint_id: complaint.id,
            event_name: kind.event,
            actor: { actor_type: input.actor_type, actor_id: input.actor_id ?? null },
            entry_index: 0,
          },
        ],
      }))
    )
    const entry = transform({ entries }, ({ entries }) => entries[0])
    publishOutboxEventsStep(
      transform({ input }, ({ input }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.complaint_id],
      }))
    )
    return new WorkflowResponse(entry)
  }
)
