import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { validateComplaintReferencesStep } from "../steps/validate-complaint-references"
import {
  type UpdateFollowUpVisitStepInput,
  updateFollowUpVisitStep,
} from "../steps/update-follow-up-visit"

export const updateFollowUpVisitWorkflowId = "update-follow-up-visit"
/**
 * This workflow updates a follow-up visit raised by low scores (reassign, note, mark done with
 * its outcome, or cancel) and emits `follow_up_visit.updated`.
 */
export const updateFollowUpVisitWorkflow = createWorkflow(
  updateFollowUpVisitWorkflowId,
  (input: UpdateFollowUpVisitStepInput) => {
    validateComplaintReferencesStep(
      transform({ input }, ({ input }) => ({ assignee_user_id: input.assignee_user_id }))
    )
    const visit = updateFollowUpVisitStep(input)
    publishOutboxEventsStep(
      transform({ input }, ({ input }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.id],
      }))
    )
    return new WorkflowResponse(visit)
  }
)
