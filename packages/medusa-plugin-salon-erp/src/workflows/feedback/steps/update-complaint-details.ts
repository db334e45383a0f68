import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { ComplaintSeverity, FeedbackActor } from "../../../modules/feedback/types"

export type UpdateComplaintDetailsStepInput = {
  complaint_id: string
  /** Who changed it (complaint.updated carries it). */
  actor?: FeedbackActor
  severity?: ComplaintSeverity
  category_id?: string
  subject?: string | null
  staff_member_id?: string | null
  appointment_id?: string | null
  order_id?: string | null
}

export const updateComplaintDetailsStepId = "update-complaint-details"
/**
 * This step reclassifies a complaint or changes what it is about; a new severity moves the
 * running deadlines. Compensation restores the previous values.
 */
export const updateComplaintDetailsStep = createStep(
  updateComplaintDetailsStepId,
  async ({ complaint_id, actor, ...data }: UpdateComplaintDetailsStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const result = await feedback.updateComplaintDetails(complaint_id, data, actor)
    return new StepResponse(result, result.changed.length ? result.before : undefined)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.restoreComplaint(before)
  }
)
