import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { FeedbackWorkflowEvents } from "../events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { rateComplaintResolutionStep } from "../steps/rate-complaint-resolution"
import { complaintEventData } from "../utils/event-data"
import { statusChangeEntries } from "../utils/timeline"

export type RateComplaintResolutionWorkflowInput = {
  complaint_id: string
  customer_id: string
  rating: number
  comment?: string | null
}

export const rateComplaintResolutionWorkflowId = "rate-complaint-resolution"
/**
 * This workflow records the customer's rating (1–5) of how their complaint was resolved, once,
 * closes a resolved complaint, and emits `complaint.rated` (and `complaint.closed`).
 */
export const rateComplaintResolutionWorkflow = createWorkflow(
  rateComplaintResolutionWorkflowId,
  (input: RateComplaintResolutionWorkflowInput) => {
    const rated = rateComplaintResolutionStep(input)
    const actor = transform({ input }, ({ input }) => ({
      actor_type: "customer" as const,
      actor_id: input.customer_id,
    }))
    addComplaintEventsStep(
      transform({ rated, input, actor }, ({ rated, input, actor }) => [
        {
          complaint_id: input.complaint_id,
          type: "resolution_rated" as const,
          visibility: "customer" as const,
          author_type: actor.actor_type,
          author_id: actor.actor_id,
          body: input.comment ?? null,
          data: { rating: input.rating },
        },
        ...statusChangeEntries(rated, actor),
      ])
    )
    const data = transform({ rated, input, actor }, ({ rated, input, actor }) =>
      complaintEventData(rated.after, actor, {
        previous_status: rated.before.status,
        rating: input.rating,
      })
    )
    emitEventStep({ eventName: FeedbackWorkflowEvents.COMPLAINT_RATED, data })
    when({ rated }, ({ rated }) => rated.before.status !== rated.after.status).then(() => {
      emitEventStep({ eventName: FeedbackWorkflowEvents.COMPLAINT_CLOSED, data }).config({
        name: "emit-complaint-closed",
      })
    })
    return new WorkflowResponse(rated.after)
  }
)
