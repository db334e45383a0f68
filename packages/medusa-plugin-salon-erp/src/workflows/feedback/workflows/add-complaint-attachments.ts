import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { ComplaintVisibility, FeedbackActor } from "../../../modules/feedback/types"
import { FeedbackWorkflowEvents } from "../../../modules/feedback/events"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { createComplaintAttachmentsStep } from "../steps/create-complaint-attachments"
import { loadComplaintStep } from "../steps/load-complaint"
import {
  type ComplaintAttachmentUpload,
  validateComplaintAttachmentsStep,
} from "../steps/validate-complaint-attachments"

export type AddComplaintAttachmentsWorkflowInput = FeedbackActor & {
  complaint_id: string
  files: ComplaintAttachmentUpload[]
  /** Staff only: whether the customer sees the files (default internal). Customers' are always visible to them. */
  visibility?: ComplaintVisibility
}

export const addComplaintAttachmentsWorkflowId = "add-complaint-attachments"
/**
 * This workflow stores photos or documents through the file module and attaches them to a
 * complaint, then emits `complaint.attachments_added`.
 */
export const addComplaintAttachmentsWorkflow = createWorkflow(
  addComplaintAttachmentsWorkflowId,
  (input: AddComplaintAttachmentsWorkflowInput) => {
    const complaint = loadComplaintStep(
      transform({ input }, ({ input }) => {
        const customer = input.actor_type === "customer"
        return {
          complaint_id: input.complaint_id,
          customer_id: customer ? input.actor_id : null,
          refuse_when_closed: customer ? "add attachments" : null,
        }
      })
    )
    const files = validateComplaintAttachmentsStep(
      transform({ input }, ({ input }) => ({
        complaint_id: input.complaint_id,
        files: input.files,
      }))
    )
    const stored = uploadFilesWorkflow.runAsStep({
      input: transform({ files }, ({ files }) => ({ files: files.uploads })),
    })
    const visibility = transform({ input }, ({ input }) =>
      input.actor_type === "customer" ? ("customer" as const) : (input.visibility ?? "internal")
    )
    const attachments = createComplaintAttachmentsStep(
      transform({ input, files, stored, visibility }, ({ input, files, stored, visibility }) => ({
        complaint_id: input.complaint_id,
        files: stored.map((file) => ({ id: file.id, url: file.url })),
        details: files.details,
        visibility,
        uploaded_by_type: input.actor_type,
        uploaded_by_id: input.actor_id ?? null,
      }))
    )
    addComplaintEventsStep(
      transform(
        { input, attachments, visibility, complaint },
        ({ input, attachments, visibility, complaint }) => ({
          entries: [
            {
              complaint_id: complaint.id,
              type: "attachment_added" as const,
              visibility,
              author_type: input.actor_type,
              author_id: input.actor_id ?? null,
              body: attachments.map((attachment) => attachment.filename).join(", "),
              data: { attachment_ids: attachments.map((attachment) => attachment.id) },
            },
          ],
          events: [
            {
              complaint_id: complaint.id,
              event_name: FeedbackWorkflowEvents.COMPLAINT_ATTACHMENTS_ADDED,
              actor: { actor_type: input.actor_type, actor_id: input.actor_id ?? null },
            },
          ],
        })
      )
    )
    publishOutboxEventsStep(
      transform({ input }, ({ input }) => ({
        module: "feedback" as const,
        aggregate_ids: [input.complaint_id],
      }))
    )
    return new WorkflowResponse(attachments)
  }
)
