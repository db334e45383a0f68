import { model } from "@medusajs/framework/utils"
import {
  ACTOR_TYPES,
  COMPLAINT_CHANNELS,
  COMPLAINT_ID_PREFIX,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  SLA_STATES,
} from "../lib/constants"
import { ComplaintAttachment } from "./complaint-attachment"
import { ComplaintCategory } from "./complaint-category"
import { ComplaintEvent } from "./complaint-event"
import { ComplaintRemedy } from "./complaint-remedy"

/**
 * A customer's complaint about a visit, a product, a charge or a booking: classified, assigned,
 * tracked against first-response and resolution deadlines, resolved (with remedies) and rated.
 */
export const Complaint = model
  .define("complaint", {
    id: model.id({ prefix: COMPLAINT_ID_PREFIX }).primaryKey(),
    display_id: model.autoincrement(),
    customer_id: model.text(),
    branch_id: model.text(),
    channel: model.enum([...COMPLAINT_CHANNELS]),
    severity: model.enum([...COMPLAINT_SEVERITIES]),
    status: model.enum([...COMPLAINT_STATUSES]).default("open"),
    /** Short summary; the customer's words are in `description`. */
    subject: model.text().nullable(),
    description: model.text(),
    /** The visit, order and staff member the complaint is about, when there is one. */
    appointment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    staff_member_id: model.text().nullable(),
    /** Admin user responsible for it. */
    assignee_user_id: model.text().nullable(),
    assigned_at: model.dateTime().nullable(),
    created_by_type: model.enum([...ACTOR_TYPES]),
    created_by_id: model.text().nullable(),
    /** The day it was filed at the branch ("YYYY-MM-DD"): reports group by it. */
    reported_on: model.text(),
    /** A retried submission with the same key returns this complaint instead of filing twice. */
    idempotency_key: model.text().nullable(),

    // SLA: deadlines come from the severity; each warning and breach is recorded once.
    /** on_track / at_risk / breached / met; kept by a trigger from the fields below. */
    sla_state: model.enum([...SLA_STATES]).default("on_track"),
    first_response_warn_at: model.dateTime(),
    first_response_due_at: model.dateTime(),
    first_response_warned_at: model.dateTime().nullable(),
    first_response_breached_at: model.dateTime().nullable(),
    first_responded_at: model.dateTime().nullable(),
    first_response_minutes: model.number().nullable(),
    /** Null until known; false once the deadline passed without a response. */
    first_response_met: model.boolean().nullable(),
    resolution_warn_at: model.dateTime(),
    resolution_due_at: model.dateTime(),
    resolution_warned_at: model.dateTime().nullable(),
    resolution_breached_at: model.dateTime().nullable(),
    resolution_met: model.boolean().nullable(),

    // Resolution.
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    /** Minutes from submission to the (last) resolution. */
    resolution_minutes: model.number().nullable(),
    /** What was done, in words the customer sees. */
    resolution_summary: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    reopened_at: model.dateTime().nullable(),
    reopen_count: model.number().default(0),

    /** The customer's rating of the resolution (1–5). */
    resolution_rating: model.number().nullable(),
    resolution_comment: model.text().nullable(),
    rated_at: model.dateTime().nullable(),

    metadata: model.json().nullable(),
    category: model.belongsTo(() => ComplaintCategory, { mappedBy: "complaints" }),
    events: model.hasMany(() => ComplaintEvent, { mappedBy: "complaint" }),
    attachments: model.hasMany(() => ComplaintAttachment, { mappedBy: "complaint" }),
    remedies: model.hasMany(() => ComplaintRemedy, { mappedBy: "complaint" }),
  })
  .indexes([
    {
      on: ["idempotency_key"],
      unique: true,
      where: "idempotency_key IS NOT NULL AND deleted_at IS NULL",
    },
    { on: ["created_at"] },
    { on: ["status", "created_at"] },
    { on: ["sla_state", "created_at"] },
    { on: ["customer_id", "created_at"] },
    { on: ["reported_on"] },
    { on: ["branch_id", "reported_on"] },
    { on: ["category_id", "reported_on"] },
    {
      on: ["staff_member_id", "reported_on"],
      where: "staff_member_id IS NOT NULL AND deleted_at IS NULL",
    },
    {
      on: ["assignee_user_id", "status"],
      where: "assignee_user_id IS NOT NULL AND deleted_at IS NULL",
    },
    // What the SLA job scans: complaints still awaiting a response or a resolution.
    {
      on: ["first_response_warn_at"],
      where:
        "first_responded_at IS NULL AND first_response_breached_at IS NULL AND status IN ('open', 'assigned', 'in_progress', 'reopened') AND deleted_at IS NULL",
    },
    {
      on: ["resolution_warn_at"],
      where:
        "resolution_breached_at IS NULL AND status IN ('open', 'assigned', 'in_progress', 'reopened') AND deleted_at IS NULL",
    },
  ])
  .checks([
    {
      name: "complaint_resolution_rating_range",
      expression: (c) =>
        `${c.resolution_rating} IS NULL OR (${c.resolution_rating} >= 1 AND ${c.resolution_rating} <= 5)`,
    },
  ])
  .cascades({ delete: ["events", "attachments", "remedies"] })
