import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { CreateComplaintCategoryStepInput } from "./create-complaint-category"

export type UpdateComplaintCategoryStepInput = { id: string } & Partial<
  Omit<CreateComplaintCategoryStepInput, "code">
>

export const updateComplaintCategoryStepId = "update-complaint-category"
/**
 * This step renames, re-ranks, re-severities or (de)activates a complaint category; its code
 * never changes (reports and integrations key on it). Compensation restores the fields.
 */
export const updateComplaintCategoryStep = createStep(
  updateComplaintCategoryStepId,
  async ({ id, ...data }: UpdateComplaintCategoryStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const fields = Object.keys(data)
    const current = await feedback.retrieveComplaintCategory(id)
    const before = {
      id,
      ...Object.fromEntries(fields.map((field) => [field, current[field as keyof typeof current]])),
    }
    const category = fields.length
      ? await feedback.updateComplaintCategories({ id, ...data })
      : current
    return new StepResponse(category, fields.length ? before : undefined)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.updateComplaintCategories(before)
  }
)
