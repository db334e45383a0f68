import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export const recordFirstResponseStepId = "record-first-response"
/**
 * This step records the salon's first answer to the customer (stops the first-response clock
 * and measures it against the deadline) unless there was one. Compensation clears it again.
 */
export const recordFirstResponseStep = createStep(
  recordFirstResponseStepId,
  async (input: { complaint_id: string }, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const result = await feedback.recordFirstResponse(input.complaint_id)
    return new StepResponse({ recorded: !!result }, result?.before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.restoreComplaint(before)
  }
)
