/**
 * What a complaint's status moves and edits change, as column patches. Pure: the service locks
 * the complaint, the repository writes the patch.
 */
import { MedusaError } from "@medusajs/framework/utils"
import type {
  ComplaintDetails,
  ComplaintEventInput,
  ComplaintMoveInput,
  ComplaintRatingInput,
  ComplaintRow,
  ComplaintSeverity,
  ComplaintSnapshot,
  CreateComplaintInput,
  FeedbackActor,
} from "../types"
import { ACTIVE_COMPLAINT_STATUSES } from "./constants"
import type { FeedbackOptions } from "./options"
import { minutesBetween, resolutionDeadline, slaDeadlines } from "./sla"
import { type ComplaintMove, statusAfter } from "./status"
import { localDate } from "./time"

type Patch = Record<string, unknown>
type SlaRules = Pick<FeedbackOptions, "sla" | "sla_warning_ratio">

export const ACTIVE = [...ACTIVE_COMPLAINT_STATUSES] as string[]

/** Columns a workflow step may change on a complaint; a snapshot of them undoes the change. */
export const MUTABLE_COMPLAINT_COLUMNS = [
  "status",
  "severity",
  "category_id",
  "subject",
  "appointment_id",
  "order_id",
  "staff_member_id",
  "assignee_user_id",
  "assigned_at",
  "first_response_warn_at",
  "first_response_due_at",
  "first_response_warned_at",
  "first_response_breached_at",
  "first_responded_at",
  "first_response_minutes",
  "first_response_met",
  "resolution_warn_at",
  "resolution_due_at",
  "resolution_warned_at",
  "resolution_breached_at",
  "resolution_met",
  "resolved_at",
  "resolved_by",
  "resolution_minutes",
  "resolution_summary",
  "closed_at",
  "reopened_at",
  "reopen_count",
  "resolution_rating",
  "resolution_comment",
  "rated_at",
] as const

export function toSnapshot(row: ComplaintRow): ComplaintSnapshot {
  return {
    id: row.id,
    display_id: Number(row.display_id),
    status: row.status,
    severity: row.severity,
    channel: row.channel,
    customer_id: row.customer_id,
    branch_id: row.branch_id,
    category_id: row.category_id,
    category_code: row.category_code,
    appointment_id: row.appointment_id,
    order_id: row.order_id,
    staff_member_id: row.staff_member_id,
    assignee_user_id: row.assignee_user_id,
    sla_state: row.sla_state,
    reopen_count: Number(row.reopen_count),
    fields: Object.fromEntries(MUTABLE_COMPLAINT_COLUMNS.map((column) => [column, row[column]])),
  }
}

/** The columns of a complaint filed now: open, or assigned when it names an assignee. */
export function newComplaintColumns(
  input: CreateComplaintInput,
  now: Date,
  rules: SlaRules
): Patch {
  const assigned = !!input.assignee_user_id
  return {
    customer_id: input.customer_id,
    branch_id: input.branch_id,
    category_id: input.category_id,
    channel: input.channel,
    severity: input.severity,
    status: assigned ? "assigned" : "open",
    subject: input.subject ?? null,
    description: input.description,
    appointment_id: input.appointment_id ?? null,
    order_id: input.order_id ?? null,
    staff_member_id: input.staff_member_id ?? null,
    assignee_user_id: input.assignee_user_id ?? null,
    assigned_at: assigned ? now : null,
    created_by_type: input.created_by_type,
    created_by_id: input.created_by_id ?? null,
    idempotency_key: input.idempotency_key ?? null,
    metadata: input.metadata ? JSON.stringify(input.metadata) : null,
    reported_on: localDate(now, input.timezone),
    ...slaDeadlines(input.severity, now, rules),
    created_at: now,
    updated_at: now,
  }
}

/** First-response fields when a complaint gets its first answer now (nothing when it had one). */
export function firstResponsePatch(row: ComplaintRow, now: Date): Patch {
  if (row.first_responded_at) {
    return {}
  }
  return {
    first_responded_at: now,
    first_response_minutes: minutesBetween(row.created_at, now),
    first_response_met:
      row.first_response_met === false ? false : now <= new Date(row.first_response_due_at),
  }
}

/** The columns a (valid) status move sets; an assignment without a new assignee is refused. */
export function movePatch(
  row: ComplaintRow,
  move: ComplaintMove,
  input: ComplaintMoveInput,
  now: Date,
  rules: SlaRules
): Patch {
  const patch: Patch = { status: statusAfter(move, row.status) }
  switch (move) {
    case "assign":
      if (!input.assignee_user_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "assignee_user_id is required")
      }
      if (input.assignee_user_id === row.assignee_user_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Complaint #${row.display_id} is already assigned to ${input.assignee_user_id}`
        )
      }
      patch.assignee_user_id = input.assignee_user_id
      patch.assigned_at = now
      break
    case "resolve":
      Object.assign(patch, {
        resolved_at: now,
        resolved_by: input.actor_id ?? null,
        resolution_summary: input.resolution_summary ?? null,
        resolution_minutes: minutesBetween(row.created_at, now),
        resolution_met:
          row.resolution_met === false ? false : now <= new Date(row.resolution_due_at),
        ...firstResponsePatch(row, now),
      })
      break
    case "close":
      patch.closed_at = now
      break
    case "reopen":
      Object.assign(patch, {
        reopened_at: now,
        reopen_count: Number(row.reopen_count) + 1,
        resolved_at: null,
        resolved_by: null,
        resolution_minutes: null,
        resolution_summary: null,
        closed_at: null,
        resolution_rating: null,
        resolution_comment: null,
        rated_at: null,
        // A breach stays on record; a met deadline is measured again against the new one.
        resolution_met: row.resolution_met === false ? false : null,
        resolution_warned_at: null,
        ...resolutionDeadline(row.severity, now, rules),
      })
      break
  }
  return patch
}

/**
 * The details that differ from the complaint's, and the columns to set. A new severity moves the
 * deadlines that are still running (measured from submission, or from reopening).
 */
export function detailsPatch(
  row: ComplaintRow,
  data: ComplaintDetails,
  rules: SlaRules
): { changed: string[]; patch: Patch } {
  const changed = Object.entries(data)
    .filter(([key, value]) => value !== undefined && row[key] !== value)
    .map(([key]) => key)
  const patch: Patch = Object.fromEntries(
    changed.map((key) => [key, data[key as keyof typeof data]])
  )
  const severity = patch.severity as ComplaintSeverity | undefined
  if (severity && ACTIVE.includes(row.status)) {
    const now = new Date()
    const fresh = slaDeadlines(severity, new Date(row.created_at), rules)
    if (!row.first_responded_at && !row.first_response_breached_at) {
      patch.first_response_warn_at = fresh.first_response_warn_at
      patch.first_response_due_at = fresh.first_response_due_at
      if (fresh.first_response_warn_at > now) patch.first_response_warned_at = null
    }
    if (!row.resolution_breached_at) {
      const resolution = row.reopened_at
        ? resolutionDeadline(severity, new Date(row.reopened_at), rules)
        : fresh
      patch.resolution_warn_at = resolution.resolution_warn_at
      patch.resolution_due_at = resolution.resolution_due_at
      if (resolution.resolution_warn_at > now) patch.resolution_warned_at = null
    }
  }
  return { changed, patch }
}

/** Who filed a complaint: the customer, a user or the system. */
export function filerOf(input: CreateComplaintInput): FeedbackActor {
  return { actor_type: input.created_by_type, actor_id: input.created_by_id ?? null }
}

/** The timeline a complaint is filed with: its creation and, when given, its assignment. */
export function filedEntries(complaintId: string, input: CreateComplaintInput) {
  const filer = filerOf(input)
  const author = { author_type: filer.actor_type, author_id: filer.actor_id }
  const entries: ComplaintEventInput[] = [
    {
      complaint_id: complaintId,
      type: "created",
      visibility: "customer",
      ...author,
      data: { channel: input.channel, severity: input.severity },
    },
  ]
  if (input.assignee_user_id) {
    entries.push({
      complaint_id: complaintId,
      type: "assigned",
      visibility: "internal",
      ...author,
      data: { assignee_user_id: input.assignee_user_id, previous: null },
    })
  }
  return entries
}

/** Who makes a move: the actor given, else a user when an id is given, else the system. */
export function moveActor(input: ComplaintMoveInput): FeedbackActor {
  return {
    actor_type: input.actor_type ?? (input.actor_id ? "user" : "system"),
    actor_id: input.actor_id ?? null,
  }
}

/** The internal timeline entry of an assignment (with the note, if any). */
export function assignmentEntry(
  before: ComplaintSnapshot,
  after: ComplaintSnapshot,
  actor: FeedbackActor,
  note: string | null | undefined
): ComplaintEventInput {
  return {
    complaint_id: after.id,
    type: "assigned",
    visibility: "internal",
    author_type: actor.actor_type,
    author_id: actor.actor_id,
    body: note ?? null,
    data: {
      assignee_user_id: after.assignee_user_id,
      previous_assignee_user_id: before.assignee_user_id,
    },
  }
}

/** The customer's rating; it closes a resolved complaint. */
export function ratingPatch(row: ComplaintRow, input: ComplaintRatingInput, now: Date): Patch {
  return {
    resolution_rating: input.rating,
    resolution_comment: input.comment ?? null,
    rated_at: now,
    ...(row.status === "resolved" ? { status: "closed", closed_at: now } : {}),
    updated_at: now,
  }
}
