import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { ComplaintVisibility, FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { loadComplaintStep } from "../steps/load-complaint"
import { recordFirstResponseStep } from "../steps/record-first-response"
import { complaintEventData } from "../utils/event-data"

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
      transform({ input, kind }, ({ input, kind }) => [
        {
          complaint_id: input.complaint_id,
          type: kind.type,
          visibility: kind.visibility,
          author_type: input.actor_type,
          author_id: input.actor_id ?? null,
          body: input.body,
        },
      ])
    )
    const entry = transform({ entries }, ({ entries }) => entries[0])
    const event = transform(
      { complaint, input, entry, kind },
      ({ complaint, input, entry, kind }) => ({
        eventName: kind.event,
        data: complaintEventData(complaint, input, { event_id: entry.id }),
      })
    )
    emitEventStep(event)
    return new WorkflowResponse(entry)
  }
)
