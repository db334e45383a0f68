import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

export type LoadComplaintStepInput = {
  complaint_id: string
  /** When set, the complaint must be this customer's (else: not found). */
  customer_id?: string | null
  /** Refuse with this message's reason when the complaint is closed (e.g. "add messages"). */
  refuse_when_closed?: string | null
}

export const loadComplaintStepId = "load-complaint"
/**
 * This step loads a complaint and checks it belongs to the acting customer (another customer's
 * complaint is reported exactly like a missing one).
 */
export const loadComplaintStep = createStep(
  loadComplaintStepId,
  async (input: LoadComplaintStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const complaint = await feedback.snapshotComplaint(input.complaint_id)
    if (input.customer_id && complaint.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Complaint with id: ${input.complaint_id} was not found`
      )
    }
    if (input.refuse_when_closed && complaint.status === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Complaint #${complaint.display_id} is closed; you can no longer ${input.refuse_when_closed}. Please submit a new complaint.`
      )
    }
    return new StepResponse(complaint)
  }
)
