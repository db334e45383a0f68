import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { COMPLAINT_STATUSES } from "../../../../../modules/feedback/lib/constants"
import {
  AppointmentId,
  AttachmentUpload,
  BranchId,
  CategoryId,
  OrderId,
  StaffMemberId,
} from "../../../../admin/complaints/validators"
import { IdList, IdempotencyKeyText, Rating, Text } from "../../../../utils/validators"

export const StoreCreateComplaint = z
  .object({
    branch_id: BranchId,
    category_id: CategoryId,
    subject: Text("name", { min: 0 }).nullish(),
    description: Text("note").refine(
      (value) => value.length >= 10,
      "describe what happened (at least 10 characters)"
    ),
    /** The visit, order or staff member it is about (your own visit and order only). */
    appointment_id: AppointmentId.nullish(),
    order_id: OrderId.nullish(),
    staff_member_id: StaffMemberId.nullish(),
    attachments: z.array(AttachmentUpload).max(5).optional(),
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type StoreCreateComplaintType = z.infer<typeof StoreCreateComplaint>

export const StoreComplaintMessage = z
  .object({
    body: Text("note"),
  })
  .strict()
export type StoreComplaintMessageType = z.infer<typeof StoreComplaintMessage>

export const StoreComplaintAttachments = z
  .object({ files: z.array(AttachmentUpload).min(1, "send at least one file").max(5) })
  .strict()
export type StoreComplaintAttachmentsType = z.infer<typeof StoreComplaintAttachments>

export const StoreRateComplaint = z
  .object({
    rating: Rating("rating"),
    comment: Text("note", { min: 0 }).nullish(),
  })
  .strict()
export type StoreRateComplaintType = z.infer<typeof StoreRateComplaint>

export const StoreGetComplaintsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: IdList.refine(
    (list) => list.every((value) => (COMPLAINT_STATUSES as readonly string[]).includes(value)),
    { message: `status must be among: ${COMPLAINT_STATUSES.join(", ")}` }
  ).optional(),
})

export const StoreGetComplaintParams = createSelectParams()

export const StoreGetComplaintCategoriesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "rank",
})
