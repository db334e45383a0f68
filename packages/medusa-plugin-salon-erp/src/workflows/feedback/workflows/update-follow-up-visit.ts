import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { FeedbackWorkflowEvents } from "../events"
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
    const data = transform({ visit }, ({ visit }) => ({
      id: visit.id,
      customer_id: visit.customer_id,
      branch_id: visit.branch_id,
      assignee_user_id: visit.assignee_user_id,
      reasons: visit.reasons,
      survey_ids: [] as string[],
      status: visit.status,
    }))
    emitEventStep({ eventName: FeedbackWorkflowEvents.FOLLOW_UP_VISIT_UPDATED, data })
    return new WorkflowResponse(visit)
  }
)
