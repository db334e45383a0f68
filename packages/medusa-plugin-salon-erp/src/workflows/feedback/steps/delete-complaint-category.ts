import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import { conflictError } from "../../../lib/errors"

export const deleteComplaintCategoryStepId = "delete-complaint-category"
/**
 * This step deletes an unused complaint category. A category complaints use is kept for their
 * history (409): deactivate it instead. Compensation restores it.
 */
export const deleteComplaintCategoryStep = createStep(
  deleteComplaintCategoryStepId,
  async (input: { id: string }, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const category = await feedback.retrieveComplaintCategory(input.id, { select: ["id", "name"] })
    const [, used] = await feedback.listAndCountComplaints({ category_id: input.id }, { take: 1 })
    if (used) {
      throw conflictError(
        `${used} complaint${used === 1 ? " uses" : "s use"} the category "${category.name}"; deactivate it instead (is_active: false)`
      )
    }
    await feedback.softDeleteComplaintCategories(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (categoryId, { container }) => {
    if (!categoryId) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.restoreComplaintCategories(categoryId)
  }
)
