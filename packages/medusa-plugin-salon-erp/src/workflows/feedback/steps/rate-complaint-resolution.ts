import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export type RateComplaintResolutionStepInput = {
  complaint_id: string
  /** The rating customer: another customer's complaint is "not found". */
  customer_id: string
  rating: number
  comment?: string | null
}

export const rateComplaintResolutionStepId = "rate-complaint-resolution"
/**
 * This step records the customer's rating of a resolution (once) and closes a resolved
 * complaint. Compensation removes the rating and reopens it to resolved.
 */
export const rateComplaintResolutionStep = createStep(
  rateComplaintResolutionStepId,
  async ({ complaint_id, ...input }: RateComplaintResolutionStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const result = await feedback.rateComplaintResolution(complaint_id, input)
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
