import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createHook,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type {
  ComplaintChannel,
  ComplaintSeverity,
  FeedbackActor,
} from "../../../modules/feedback/types"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { addComplaintEventsStep } from "../steps/add-complaint-events"
import { createComplaintAttachmentsStep } from "../steps/create-complaint-attachments"
import { createComplaintStep } from "../steps/create-complaint"
import {
  type ComplaintAttachmentUpload,
  validateComplaintAttachmentsStep,
} from "../steps/validate-complaint-attachments"
import { validateComplaintReferencesStep } from "../steps/validate-complaint-references"

export type CreateComplaintWorkflowInput = FeedbackActor & {
  customer_id: string
  branch_id: string
  category_id: string
  channel: ComplaintChannel
  /** Defaults to the category's default severity. */
  severity?: ComplaintSeverity | null
  subject?: string | null
  description: string
  appointment_id?: string | null
  order_id?: string | null
  staff_member_id?: string | null
  assignee_user_id?: string | null
  idempotency_key?: string | null
  metadata?: Record<string, unknown> | null
  attachments?: ComplaintAttachmentUpload[]
}

export const createComplaintWorkflowId = "create-complaint"
/**
 * This workflow files a complaint for a customer (online by the customer, or at the front desk
 * by staff) with its attachments, and emits `complaint.created`. A customer may only name their
 * own appointments and orders. Replaying a request with the same idempotency key returns the
 * first complaint and emits nothing. `complaint.created` is staged in the outbox with the complaint.
 */
export const createComplaintWorkflow = createWorkflow(
  createComplaintWorkflowId,
  (input: CreateComplaintWorkflowInput) => {
    const referenceInput = transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      branch_id: input.branch_id,
      category_id: input.category_id,
      appointment_id: input.appointment_id,
      order_id: input.order_id,
      staff_member_id: input.staff_member_id,
      assignee_user_id: input.assignee_user_id,
      owner_customer_id: input.actor_type === "customer" ? input.customer_id : null,
    }))
    const references = validateComplaintReferencesStep(referenceInput)
    const files = validateComplaintAttachmentsStep(
      transform({ input }, ({ input }) => ({ complaint_id: null, files: input.attachments ?? [] }))
    )

    const complaintInput = transform({ input, references }, ({ input, references }) => ({
      customer_id: input.customer_id,
      branch_id: input.branch_id,
      timezone: references.branch!.timezone,
      category_id: input.category_id,
      channel: input.channel,
      severity: input.severity ?? references.category!.default_severity,
      subject: input.subject,
      description: input.description,
      appointment_id: input.appointment_id,
      order_id: input.order_id,
      staff_member_id: input.staff_member_id,
      assignee_user_id: input.assignee_user_id,
      idempotency_key: input.idempotency_key,
      metadata: input.metadata,
      created_by_type: input.actor_type,
      created_by_id: input.actor_id ?? null,
    }))
    const filed = createComplaintStep(complaintInput)

    when({ filed, files }, ({ filed, files }) => filed.created && files.uploads.length > 0).then(
      () => {
        const stored = uploadFilesWorkflow.runAsStep({
          input: transform({ files }, ({ files }) => ({ files: files.uploads })),
        })
        const attachmentInput = transform(
          { filed, files, stored, input },
          ({ filed, files, stored, input }) => ({
            complaint_id: filed.complaint_id,
            files: stored.map((file) => ({ id: file.id, url: file.url })),
            details: files.details,
            visibility:
              input.actor_type === "customer" ? ("customer" as const) : ("internal" as const),
            uploaded_by_type: input.actor_type,
            uploaded_by_id: input.actor_id ?? null,
          })
        )
        const attachments = createComplaintAttachmentsStep(attachmentInput)
        addComplaintEventsStep(
          transform(
            { filed, attachments, attachmentInput },
            ({ filed, attachments, attachmentInput }) => [
              {
                complaint_id: filed.complaint_id,
                type: "attachment_added" as const,
                visibility: attachmentInput.visibility,
                author_type: attachmentInput.uploaded_by_type,
                author_id: attachmentInput.uploaded_by_id,
                body: attachments.map((attachment) => attachment.filename).join(", "),
                data: { attachment_ids: attachments.map((attachment) => attachment.id) },
              },
            ]
          )
        )
      }
    )

    publishOutboxEventsStep(
      transform({ filed }, ({ filed }) => ({
        module: "feedback" as const,
        aggregate_ids: [filed.complaint_id],
      }))
    )

    const complaintCreated = createHook("complaintCreated", {
      complaint_id: filed.complaint_id,
      created: filed.created,
    })
    return new WorkflowResponse(filed, { hooks: [complaintCreated] })
  }
)
