import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { rateComplaintResolutionStep } from "../steps/rate-complaint-resolution"
import { statusChangeEntries } from "../../../lib/feedback/timeline"

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
    // `complaint.rated` (and `complaint.closed`) are staged with the rating itself.
    publishOutboxEventsStep(
      transform({ input }, ({ input }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.complaint_id],
      }))
    )
    return new WorkflowResponse(rated.after)
  }
)
