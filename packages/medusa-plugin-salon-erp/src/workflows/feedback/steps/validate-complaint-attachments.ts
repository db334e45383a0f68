import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

/** A file sent with a complaint: its bytes as base64. */
export type ComplaintAttachmentUpload = {
  filename: string
  mime_type: string
  content: string
}

export type ValidateComplaintAttachmentsStepInput = {
  /** The complaint they are added to (its existing attachments count towards the limit). */
  complaint_id?: string | null
  files: ComplaintAttachmentUpload[]
}

/** Photos and documents a complaint may carry. */
export const ATTACHMENT_MIME_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/gif",
  "application/pdf",
]

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

export const validateComplaintAttachmentsStepId = "validate-complaint-attachments"
/**
 * This step checks files before they are stored: allowed types (photos, PDF), real base64, the
 * size limit and the number of attachments a complaint may have. It returns them ready for the
 * file module.
 */
export const validateComplaintAttachmentsStep = createStep(
  validateComplaintAttachmentsStepId,
  async (input: ValidateComplaintAttachmentsStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const settings = await feedback.getFeedbackSettings()
    const existing = input.complaint_id
      ? (await feedback.listAndCountComplaintAttachments({ complaint_id: input.complaint_id }))[1]
      : 0
    if (existing + input.files.length > settings.max_attachments_per_complaint) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A complaint can have at most ${settings.max_attachments_per_complaint} attachments; it has ${existing} and ${input.files.length} more were sent`
      )
    }
    const maxBytes = settings.max_attachment_mb * 1024 * 1024
    const files = input.files.map((file) => {
      const mime = file.mime_type.toLowerCase()
      if (!ATTACHMENT_MIME_TYPES.includes(mime)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${file.filename}: ${file.mime_type} files cannot be attached; use ${ATTACHMENT_MIME_TYPES.join(", ")}`
        )
      }
      const content = file.content.replace(/^data:[^;]+;base64,/, "").replace(/\s/g, "")
      if (!content || !BASE64.test(content)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${file.filename}: content must be the file's bytes encoded as base64`
        )
      }
      const size = Buffer.byteLength(content, "base64")
      if (size > maxBytes) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${file.filename} is ${(size / 1024 / 1024).toFixed(1)} MB; attachments may be at most ${settings.max_attachment_mb} MB`
        )
      }
      return { filename: file.filename, mime_type: mime, content, size_bytes: size }
    })
    return new StepResponse({
      uploads: files.map((file) => ({
        filename: file.filename,
        mimeType: file.mime_type,
        content: file.content,
        access: "private" as const,
      })),
      details: files.map(({ content: _content, ...detail }) => detail),
    })
  }
)
