import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { ActorType, ComplaintVisibility } from "../../../modules/feedback/types"

export type CreateComplaintAttachmentsStepInput = {
  complaint_id: string
  /** Stored files, in the order of `details`. */
  files: { id: string; url: string }[]
  details: { filename: string; mime_type: string; size_bytes: number }[]
  visibility: ComplaintVisibility
  uploaded_by_type: ActorType
  uploaded_by_id?: string | null
}

export const createComplaintAttachmentsStepId = "create-complaint-attachments"
/**
 * This step records files stored by the file module as a complaint's attachments.
 * Compensation removes the records (the upload workflow removes the files).
 */
export const createComplaintAttachmentsStep = createStep(
  createComplaintAttachmentsStepId,
  async (input: CreateComplaintAttachmentsStepInput, { container }) => {
    if (!input.files.length) {
      return new StepResponse([], [])
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const attachments = await feedback.createComplaintAttachments(
      input.files.map((file, index) => ({
        complaint_id: input.complaint_id,
        file_id: file.id,
        url: file.url,
        ...input.details[index],
        visibility: input.visibility,
        uploaded_by_type: input.uploaded_by_type,
        uploaded_by_id: input.uploaded_by_id ?? null,
      }))
    )
    return new StepResponse(
      attachments,
      attachments.map((attachment) => attachment.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.deleteComplaintAttachments(ids)
  }
)
