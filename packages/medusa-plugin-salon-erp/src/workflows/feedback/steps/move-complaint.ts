import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type { ComplaintMove } from "../../../modules/feedback/lib/status"
import type FeedbackModuleService from "../../../modules/feedback/service"

export type MoveComplaintStepInput = {
  complaint_id: string
  move: ComplaintMove
  actor_type?: "customer" | "user" | "system"
  actor_id?: string | null
  /** assign: the assignment entry's internal note. */
  note?: string | null
  assignee_user_id?: string | null
  resolution_summary?: string | null
}

export const moveComplaintStepId = "move-complaint"
/**
 * This step moves a complaint through its status machine (assign, start, resolve, close,
 * reopen); an invalid move is refused with the reason. The move's event is staged with it.
 * Compensation restores the fields it changed and removes the assignment entry.
 */
export const moveComplaintStep = createStep(
  moveComplaintStepId,
  async ({ complaint_id, move, ...input }: MoveComplaintStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const result = await feedback.moveComplaint(complaint_id, move, input)
    return new StepResponse(result, { before: result.before, entry_id: result.entry_id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.restoreComplaint(undo.before)
    if (undo.entry_id) {
      await feedback.deleteComplaintEvents(undo.entry_id)
    }
  }
)
