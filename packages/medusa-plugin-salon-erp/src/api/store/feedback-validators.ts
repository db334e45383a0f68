import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { COMPLAINT_STATUSES } from "../../modules/feedback/lib/constants"
import { AttachmentUpload, Text } from "../admin/complaints/validators"
import { IdList } from "../utils/validators"

export const StoreCreateComplaint = z
  .object({
    branch_id: z.string().min(1, "branch_id is required"),
    category_id: z.string().min(1, "category_id is required"),
    subject: z.string().trim().max(200).nullish(),
    description: Text("description", 5000).refine(
      (value) => value.length >= 10,
      "describe what happened (at least 10 characters)"
    ),
    /** The visit, order or staff member it is about (your own visit and order only). */
    appointment_id: z.string().min(1).nullish(),
    order_id: z.string().min(1).nullish(),
    staff_member_id: z.string().min(1).nullish(),
    attachments: z.array(AttachmentUpload).max(5).optional(),
    idempotency_key: z.string().max(200).optional(),
  })
  .strict()
export type StoreCreateComplaintType = z.infer<typeof StoreCreateComplaint>

export const StoreComplaintMessage = z
  .object({
    body: Text("body", 5000),
  })
  .strict()
export type StoreComplaintMessageType = z.infer<typeof StoreComplaintMessage>

export const StoreComplaintAttachments = z
  .object({ files: z.array(AttachmentUpload).min(1, "send at least one file").max(5) })
  .strict()
export type StoreComplaintAttachmentsType = z.infer<typeof StoreComplaintAttachments>

const Score = (name: string, min: number, max: number) =>
  z
    .number({ message: `${name} is a whole number from ${min} to ${max}` })
    .refine(
      (value) => Number.isInteger(value) && value >= min && value <= max,
      `${name} is a whole number from ${min} to ${max}`
    )

const Rating = (name: string) => Score(name, 1, 5)

export const StoreRateComplaint = z
  .object({
    rating: Rating("rating"),
    comment: z.string().trim().max(2000).nullish(),
  })
  .strict()
export type StoreRateComplaintType = z.infer<typeof StoreRateComplaint>

export const StoreSurveyResponse = z
  .object({
    technique_rating: Rating("technique_rating"),
    attitude_rating: Rating("attitude_rating"),
    environment_rating: Rating("environment_rating"),
    result_rating: Rating("result_rating"),
    nps_score: Score("nps_score", 0, 10),
    comment: z.string().trim().max(2000).nullish(),
  })
  .strict()
export type StoreSurveyResponseType = z.infer<typeof StoreSurveyResponse>

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

export const StoreGetSurveysParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-completed_at",
}).extend({
  /** pending: can still be answered; answered; expired: closed unanswered. */
  status: z
    .enum(["pending", "answered", "expired"], {
      message: "status is pending, answered or expired",
    })
    .optional(),
})

export const StoreGetSurveyParams = createSelectParams()
