import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export type MarkComplaintRemedyAppliedStepInput = {
  complaint_id: string
  remedy_id: string
  /** What was done or created, e.g. a stored value entry id or "gift handed over at the desk". */
  applied_reference?: string | null
  actor_id?: string | null
}

export const markComplaintRemedyAppliedStepId = "mark-complaint-remedy-applied"
/**
 * This step confirms that a recorded remedy was given to the customer. Compensation puts it
 * back to recorded.
 */
export const markComplaintRemedyAppliedStep = createStep(
  markComplaintRemedyAppliedStepId,
  async (input: MarkComplaintRemedyAppliedStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const [remedy] = await feedback.listComplaintRemedies({
      id: input.remedy_id,
      complaint_id: input.complaint_id,
    })
    if (!remedy) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Remedy with id: ${input.remedy_id} was not found on this complaint`
      )
    }
    if (remedy.status === "applied") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This remedy was already marked applied (${new Date(remedy.applied_at!).toISOString()})`
      )
    }
    const updated = await feedback.updateComplaintRemedies({
      id: remedy.id,
      status: "applied",
      applied_at: new Date(),
      applied_by: input.actor_id ?? null,
      applied_reference: input.applied_reference ?? null,
      status_reason: null,
    })
    return new StepResponse(updated, {
      id: remedy.id,
      status_reason: remedy.status_reason,
    })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.updateComplaintRemedies({
      id: before.id,
      status: "recorded",
      applied_at: null,
      applied_by: null,
      applied_reference: null,
      status_reason: before.status_reason,
    })
  }
)
