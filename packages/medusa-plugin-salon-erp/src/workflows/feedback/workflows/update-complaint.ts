import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { ComplaintSeverity, FeedbackActor } from "../../../modules/feedback/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { loadComplaintStep } from "../steps/load-complaint"
import { updateComplaintDetailsStep } from "../steps/update-complaint-details"
import { validateComplaintReferencesStep } from "../steps/validate-complaint-references"

export type UpdateComplaintWorkflowInput = FeedbackActor & {
  complaint_id: string
  severity?: ComplaintSeverity
  category_id?: string
  subject?: string | null
  staff_member_id?: string | null
  appointment_id?: string | null
  order_id?: string | null
}

export const updateComplaintWorkflowId = "update-complaint"
/**
 * This workflow reclassifies a complaint (category, severity: running deadlines move) or links
 * it to the appointment, order or staff member concerned, and emits `complaint.updated`.
 */
export const updateComplaintWorkflow = createWorkflow(
  updateComplaintWorkflowId,
  (input: UpdateComplaintWorkflowInput) => {
    const complaint = loadComplaintStep(
      transform({ input }, ({ input }) => ({ complaint_id: input.complaint_id }))
    )
    validateComplaintReferencesStep(
      transform({ input, complaint }, ({ input, complaint }) => ({
        customer_id: input.appointment_id || input.order_id ? complaint.customer_id : null,
        branch_id: input.appointment_id ? complaint.branch_id : null,
        category_id: input.category_id,
        staff_member_id: input.staff_member_id,
        appointment_id: input.appointment_id,
        order_id: input.order_id,
      }))
    )
    const updated = updateComplaintDetailsStep(
      transform({ input }, ({ input }) => {
        const { actor_type, actor_id, ...data } = input
        return { ...data, actor: { actor_type, actor_id: actor_id ?? null } }
      })
    )
    when({ updated }, ({ updated }) => updated.changed.length > 0).then(() => {
      addComplaintEventsStep(
        transform({ updated, input }, ({ updated, input }) => [
          {
            complaint_id: input.complaint_id,
            type: "details_updated" as const,
            visibility: "internal" as const,
            author_type: input.actor_type,
            author_id: input.actor_id ?? null,
            data: {
              changed: updated.changed,
              from: Object.fromEntries(
                updated.changed.map((key) => [
                  key,
                  updated.before.fields[key] ??
                    (updated.before as Record<string, unknown>)[key] ??
                    null,
                ])
              ),
              to: Object.fromEntries(
                updated.changed.map((key) => [
                  key,
                  updated.after.fields[key] ??
                    (updated.after as Record<string, unknown>)[key] ??
                    null,
                ])
              ),
            },
          },
        ])
      )
      publishOutboxEventsStep(
        transform({ input }, ({ input }) => ({
          module: "feedback" as const,
          aggregate_ids: [input.complaint_id],
        }))
      )
    })
    return new WorkflowResponse(updated.after)
  }
)
