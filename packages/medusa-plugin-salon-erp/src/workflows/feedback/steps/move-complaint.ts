import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type { ComplaintMove } from "../../../modules/feedback/lib/status"
import type FeedbackModuleService from "../../../modules/feedback/service"

export type MoveComplaintStepInput = {
  complaint_id: string
  move: ComplaintMove
  actor_id?: string | null
  assignee_user_id?: string | null
  resolution_summary?: string | null
}

export const moveComplaintStepId = "move-complaint"
/**
 * This step moves a complaint through its status machine (assign, start, resolve, close,
 * reopen); an invalid move is refused with the reason. Compensation restores the fields it
 * changed.
 */
export const moveComplaintStep = createStep(
  moveComplaintStepId,
  async ({ complaint_id, move, ...input }: MoveComplaintStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const result = await feedback.moveComplaint(complaint_id, move, input)
    return new StepResponse(result, result.before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.restoreComplaint(before)
  }
)
