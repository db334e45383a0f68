import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  REMEDY_KINDS,
  SLA_STATES,
} from "../../../modules/feedback/lib/constants"
import {
  FileContent,
  Id,
  IdList,
  IdempotencyKeyText,
  Instant,
  LocalDate,
  MEDUSA_ID_PREFIXES,
  Metadata,
  MoneyAmount,
  Text,
} from "../../utils/validators"

const oneOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.enum(values, { message: `${name} must be one of: ${values.join(", ")}` })

/** Several values of an enum (repeated or comma-separated), each checked. */
const EnumList = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  IdList.refine((list) => list.every((value) => (values as readonly string[]).includes(value)), {
    message: `${name} must be among: ${values.join(", ")}`,
  })

export const BranchId = Id("brch", "a branch")
export const CategoryId = Id("ccat", "a complaint category")
export const StaffMemberId = Id("stf", "a staff member")
export const AppointmentId = Id("appt", "an appointment")
export const OrderId = Id(MEDUSA_ID_PREFIXES.order, "an order")
export const UserId = Id(MEDUSA_ID_PREFIXES.user, "a user")

/** A file sent inline: its bytes as base64 (a data: URL prefix is accepted). */
export const AttachmentUpload = z
  .object({
    filename: Text("name"),
    mime_type: Text("name"),
    /**
     * Base64 (line breaks allowed); the body check caps it at 50 MB of text, the workflow holds
     * its decoded size to the max_attachment_mb option (5 MB by default).
     */
    content: FileContent("content (base64)", 50),
  })
  .strict()

export const Remedy = z
  .object({
    kind: oneOf(REMEDY_KINDS, "kind"),
    description: Text("reason", { min: 0 }).nullish(),
    /** A goodwill credit's bonus (major units); the workflow also holds it to max_top_up_amount. */
    amount: MoneyAmount({ max: 1_000_000 }).transform(Number).nullish(),
    currency_code: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "currency_code is a 3-letter ISO code, e.g. cny")
      .nullish(),
    salon_service_id: Id("svc", "a salon service").nullish(),
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
    customer_id: Id(MEDUSA_ID_PREFIXES.customer, "a customer"),
    branch_id: BranchId,
    category_id: CategoryId,
    channel: oneOf(COMPLAINT_CHANNELS, "channel").default("front_desk"),
    severity: oneOf(COMPLAINT_SEVERITIES, "severity").optional(),
    subject: Text("name", { min: 0 }).nullish(),
    description: Text("note"),
    appointment_id: AppointmentId.nullish(),
    order_id: OrderId.nullish(),
    staff_member_id: StaffMemberId.nullish(),
    assignee_user_id: UserId.nullish(),
    attachments: z.array(AttachmentUpload).max(10).optional(),
    idempotency_key: IdempotencyKeyText.optional(),
    metadata: Metadata,
  })
  .strict()
export type AdminCreateComplaintType = z.infer<typeof AdminCreateComplaint>

export const AdminUpdateComplaint = z
  .object({
    severity: oneOf(COMPLAINT_SEVERITIES, "severity").optional(),
    category_id: CategoryId.optional(),
    subject: Text("name", { min: 0 }).nullish(),
    staff_member_id: StaffMemberId.nullish(),
    appointment_id: AppointmentId.nullish(),
    order_id: OrderId.nullish(),
  })
  .strict()
export type AdminUpdateComplaintType = z.infer<typeof AdminUpdateComplaint>

export const AssignComplaint = z
  .object({
    assignee_user_id: UserId,
    note: Text("note", { min: 0 }).nullish(),
  })
  .strict()
export type AssignComplaintType = z.infer<typeof AssignComplaint>

export const ComplaintNote = z.object({ note: Text("note", { min: 0 }).nullish() }).strict()
export type ComplaintNoteType = z.infer<typeof ComplaintNote>

export const ReopenComplaint = z.object({ reason: Text("reason") }).strict()
export type ReopenComplaintType = z.infer<typeof ReopenComplaint>

export const ResolveComplaint = z
  .object({
    resolution_summary: Text("note"),
    remedies: z.array(Remedy).max(5).optional(),
  })
  .strict()
export type ResolveComplaintType = z.infer<typeof ResolveComplaint>

export const AdminComplaintMessage = z
  .object({
    body: Text("note"),
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
  .object({ applied_reference: Text("key", { min: 0 }).nullish() })
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
    q: Text("name", { min: 0 }).optional(),
    status: EnumList(COMPLAINT_STATUSES, "status").optional(),
    severity: EnumList(COMPLAINT_SEVERITIES, "severity").optional(),
    channel: EnumList(COMPLAINT_CHANNELS, "channel").optional(),
    sla_state: EnumList(SLA_STATES, "sla_state").optional(),
    branch_id: IdList.optional(),
    category_id: IdList.optional(),
    customer_id: IdList.optional(),
    staff_member_id: IdList.optional(),
    /** A user id, or "unassigned". */
    assignee_user_id: Text("key").optional(),
    /** Filed at or after / before (date-time, or a date: midnight UTC). */
    created_from: z.union([Instant, LocalDate]).optional(),
    created_to: z.union([Instant, LocalDate]).optional(),
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
