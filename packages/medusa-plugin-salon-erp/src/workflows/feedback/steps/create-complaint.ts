import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { CreateComplaintInput } from "../../../modules/feedback/types"

export const createComplaintStepId = "create-complaint"
/**
 * This step files a complaint (SLA deadlines from its severity, first timeline entry). A replay
 * with the same idempotency key returns the first complaint. Compensation removes a new one.
 */
export const createComplaintStep = createStep(
  createComplaintStepId,
  async (input: CreateComplaintInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const result = await feedback.createComplaint(input)
    const complaint = await feedback.snapshotComplaint(result.complaint_id)
    return new StepResponse(
      { ...result, complaint },
      result.created ? result.complaint_id : undefined
    )
  },
  async (complaintId, { container }) => {
    if (!complaintId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.deleteFiledComplaint(complaintId)
  }
)
