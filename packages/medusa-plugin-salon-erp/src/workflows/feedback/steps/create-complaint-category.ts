import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { ComplaintSeverity } from "../../../modules/feedback/types"

export type CreateComplaintCategoryStepInput = {
  code: string
  name: string
  description?: string | null
  default_severity?: ComplaintSeverity
  rank?: number
  is_active?: boolean
}

export const createComplaintCategoryStepId = "create-complaint-category"
/**
 * This step adds a category to the complaint taxonomy. Compensation deletes it.
 */
export const createComplaintCategoryStep = createStep(
  createComplaintCategoryStepId,
  async (input: CreateComplaintCategoryStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const category = await feedback.createComplaintCategories(input)
    return new StepResponse(category, category.id)
  },
  async (categoryId, { container }) => {
    if (!categoryId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.deleteComplaintCategories(categoryId)
  }
)
