import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  REMEDY_KINDS,
  SLA_STATES,
} from "../../../modules/feedback/lib/constants"
import { DateTime, IdList, LocalDate, Metadata } from "../../utils/validators"

const oneOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.enum(values, { message: `${name} must be one of: ${values.join(", ")}` })

/** Several values of an enum (repeated or comma-separated), each checked. */
const EnumList = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  IdList.refine((list) => list.every((value) => (values as readonly string[]).includes(value)), {
    message: `${name} must be among: ${values.join(", ")}`,
  })

/** Non-blank text up to `max` characters, with messages that name the field. */
export const Text = (name: string, max: number) =>
  z
    .string({ message: `${name} is required` })
    .trim()
    .refine((value) => value.length > 0, `${name} cannot be empty`)
    .refine((value) => value.length <= max, `${name} is at most ${max} characters`)

/** A file sent inline: its bytes as base64 (a data: URL prefix is accepted). */
export const AttachmentUpload = z
  .object({
    filename: Text("filename", 200),
    mime_type: Text("mime_type", 100),
    content: z.string().min(1, "content (base64) is required"),
  })
  .strict()

export const Remedy = z
  .object({
    kind: oneOf(REMEDY_KINDS, "kind"),
    description: z.string().trim().max(500).nullish(),
    amount: z
      .number()
      .refine(
        (value) => value > 0 && value <= 1_000_000,
        "amount must be above 0 (and at most 1,000,000)"
      )
      .nullish(),
    currency_code: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "currency_code is a 3-letter ISO code, e.g. cny")
      .nullish(),
    salon_service_id: z.string().min(1).nullish(),
  })
  .strict()
  .superRefine((remedy, ctx) => {
    if (remedy.kind === "goodwill_credit" && (!remedy.amount || !remedy.currency_code)) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: "a goodwill_credit needs amount and currency_code",
      })
    }
    if (remedy.kind === "free_session" && !remedy.salon_service_id) {
      ctx.addIssue({
        code: "custom",
        path: ["salon_service_id"],
        message: "a free_session needs salon_service_id",
      })
    }
    if (remedy.kind === "other" && !remedy.description) {
      ctx.addIssue({
        code: "custom",
        path: ["description"],
        message: "describe a remedy of kind other",
      })
    }
  })
export type RemedyType = z.infer<typeof Remedy>

export const AdminCreateComplaint = z
  .object({
    customer_id: z.string().min(1, "customer_id is required"),
    branch_id: z.string().min(1, "branch_id is required"),
    category_id: z.string().min(1, "category_id is required"),
    channel: oneOf(COMPLAINT_CHANNELS, "channel").default("front_desk"),
    severity: oneOf(COMPLAINT_SEVERITIES, "severity").optional(),
    subject: z.string().trim().max(200).nullish(),
    description: Text("description", 5000),
    appointment_id: z.string().min(1).nullish(),
    order_id: z.string().min(1).nullish(),
    staff_member_id: z.string().min(1).nullish(),
    assignee_user_id: z.string().min(1).nullish(),
    attachments: z.array(AttachmentUpload).max(10).optional(),
    idempotency_key: z.string().max(200).optional(),
    metadata: Metadata,
  })
  .strict()
export type AdminCreateComplaintType = z.infer<typeof AdminCreateComplaint>

export const AdminUpdateComplaint = z
  .object({
    severity: oneOf(COMPLAINT_SEVERITIES, "severity").optional(),
    category_id: z.string().min(1).optional(),
    subject: z.string().trim().max(200).nullish(),
    staff_member_id: z.string().min(1).nullish(),
    appointment_id: z.string().min(1).nullish(),
    order_id: z.string().min(1).nullish(),
  })
  .strict()
export type AdminUpdateComplaintType = z.infer<typeof AdminUpdateComplaint>

export const AssignComplaint = z
  .object({
    assignee_user_id: z.string().min(1, "assignee_user_id is required"),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()
export type AssignComplaintType = z.infer<typeof AssignComplaint>

export const ComplaintNote = z.object({ note: z.string().trim().max(2000).nullish() }).strict()
export type ComplaintNoteType = z.infer<typeof ComplaintNote>

export const ReopenComplaint = z.object({ reason: Text("reason", 2000) }).strict()
export type ReopenComplaintType = z.infer<typeof ReopenComplaint>

export const ResolveComplaint = z
  .object({
    resolution_summary: Text("resolution_summary", 5000),
    remedies: z.array(Remedy).max(5).optional(),
  })
  .strict()
export type ResolveComplaintType = z.infer<typeof ResolveComplaint>

export const AdminComplaintMessage = z
  .object({
    body: Text("body", 5000),
    /** `customer`: a reply the customer sees; `internal`: a staff note. */
    visibility: oneOf(["customer", "internal"] as const, "visibility"),
  })
  .strict()
export type AdminComplaintMessageType = z.infer<typeof AdminComplaintMessage>

export const AdminComplaintAttachments = z
  .object({
    files: z.array(AttachmentUpload).min(1, "send at least one file").max(10),
    visibility: oneOf(["customer", "internal"] as const, "visibility").default("internal"),
  })
  .strict()
export type AdminComplaintAttachmentsType = z.infer<typeof AdminComplaintAttachments>

export const AdminRecordRemedy = Remedy
export const MarkRemedyApplied = z
  .object({ applied_reference: z.string().trim().max(500).nullish() })
  .strict()
export type MarkRemedyAppliedType = z.infer<typeof MarkRemedyApplied>

export const AdminGetComplaintParams = createSelectParams()

export const AdminGetComplaintsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
  .extend({
    /** Number (#12) or words from the subject or description. */
    q: z.string().trim().optional(),
    status: EnumList(COMPLAINT_STATUSES, "status").optional(),
    severity: EnumList(COMPLAINT_SEVERITIES, "severity").optional(),
    channel: EnumList(COMPLAINT_CHANNELS, "channel").optional(),
    sla_state: EnumList(SLA_STATES, "sla_state").optional(),
    branch_id: IdList.optional(),
    category_id: IdList.optional(),
    customer_id: IdList.optional(),
    staff_member_id: IdList.optional(),
    /** A user id, or "unassigned". */
    assignee_user_id: z.string().optional(),
    /** Filed at or after / before (date-time, or a date: midnight UTC). */
    created_from: z.union([DateTime, LocalDate]).optional(),
    created_to: z.union([DateTime, LocalDate]).optional(),
  })
  .superRefine((query, ctx) => {
    if (
      query.created_from &&
      query.created_to &&
      Date.parse(query.created_to) < Date.parse(query.created_from)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["created_to"],
        message: `created_to (${query.created_to}) is before created_from (${query.created_from})`,
      })
    }
  })

export const ComplaintAnalyticsParams = z
  .object({
    from: LocalDate,
    to: LocalDate,
    group_by: oneOf(
      ["category", "branch", "staff_member", "severity", "channel"] as const,
      "group_by"
    ).optional(),
    interval: oneOf(["day", "week", "month"] as const, "interval").optional(),
    branch_id: IdList.optional(),
    category_id: IdList.optional(),
    staff_member_id: IdList.optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.to < query.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) is before from (${query.from})`,
      })
    }
  })
export type ComplaintAnalyticsParamsType = z.infer<typeof ComplaintAnalyticsParams>
