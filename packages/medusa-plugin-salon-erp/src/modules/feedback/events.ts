import type {
  ComplaintSeverity,
  ComplaintStatus,
  FollowUpReason,
  SlaDeadline,
  ComplaintSnapshot,
  FeedbackActor,
  SlaStage,
} from "./types"

export const FEEDBACK_OUTBOX_TABLE = "feedback_outbox_event"
export const FEEDBACK_OUTBOX_ID_PREFIX = "fbob"

/**
 * Events the complaints and satisfaction capability emits; payloads are documented in
 * docs/complaints-and-satisfaction.md. They live in the module because the module writes them to
 * its outbox in the transaction of each change.
 */
export const FeedbackWorkflowEvents = {
  COMPLAINT_CREATED: "complaint.created",
  COMPLAINT_UPDATED: "complaint.updated",
  COMPLAINT_ASSIGNED: "complaint.assigned",
  COMPLAINT_STARTED: "complaint.started",
  COMPLAINT_RESOLVED: "complaint.resolved",
  COMPLAINT_CLOSED: "complaint.closed",
  COMPLAINT_REOPENED: "complaint.reopened",
  /** A staff reply the customer sees. */
  COMPLAINT_REPLIED: "complaint.replied",
  /** A message from the customer. */
  COMPLAINT_CUSTOMER_REPLIED: "complaint.customer_replied",
  COMPLAINT_NOTE_ADDED: "complaint.note_added",
  COMPLAINT_ATTACHMENTS_ADDED: "complaint.attachments_added",
  COMPLAINT_REMEDY_RECORDED: "complaint.remedy_recorded",
  COMPLAINT_REMEDY_APPLIED: "complaint.remedy_applied",
  COMPLAINT_RATED: "complaint.rated",
  COMPLAINT_SLA_WARNING: "complaint.sla_warning",
  COMPLAINT_SLA_BREACHED: "complaint.sla_breached",
  SATISFACTION_SURVEY_SENT: "satisfaction_survey.sent",
  SATISFACTION_SURVEY_ANSWERED: "satisfaction_survey.answered",
  /** A low-score alert: the follow-up visit it created. */
  FOLLOW_UP_VISIT_CREATED: "follow_up_visit.created",
  FOLLOW_UP_VISIT_UPDATED: "follow_up_visit.updated",
} as const

/** Payload of every complaint.* event: enough to act without a lookup. */
export type ComplaintEventData = {
  id: string
  display_id: number
  customer_id: string
  branch_id: string
  category_id: string
  category_code: string
  severity: ComplaintSeverity
  status: ComplaintStatus
  previous_status: ComplaintStatus | null
  assignee_user_id: string | null
  staff_member_id: string | null
  appointment_id: string | null
  order_id: string | null
  /** How often it was reopened (0 the first time round). */
  reopen_count: number
  actor_type: "customer" | "user" | "system"
  actor_id: string | null
  /** complaint.replied / customer_replied / note_added / rated: the timeline entry. */
  event_id?: string
  /** complaint.assigned: who had it before. */
  previous_assignee_user_id?: string | null
  /** complaint.updated: the fields that changed. */
  changed?: string[]
  /** complaint.remedy_*: the remedy. */
  remedy_id?: string
  /** complaint.rated: the rating (1–5). */
  rating?: number
  /** complaint.sla_*: which deadline, which stage, when it is/was due, who was told. */
  deadline?: SlaDeadline
  stage?: SlaStage
  due_at?: string
  notified_user_ids?: string[]
}

export type SatisfactionSurveyEventData = {
  id: string
  appointment_id: string
  customer_id: string
  branch_id: string
  staff_member_ids: string[]
  /** satisfaction_survey.sent: email / sms, or null when the customer has neither. */
  channel?: string | null
  /** satisfaction_survey.answered */
  technique_rating?: number
  attitude_rating?: number
  environment_rating?: number
  result_rating?: number
  nps_score?: number
  is_low?: boolean
  is_detractor?: boolean
}

export type FollowUpVisitEventData = {
  id: string
  customer_id: string
  branch_id: string
  assignee_user_id: string | null
  reasons: FollowUpReason[]
  survey_ids: string[]
  status?: string
}

/** Builds the payload every complaint.* event carries from the complaint as it now is. */
export function complaintEventData(
  complaint: ComplaintSnapshot,
  actor: FeedbackActor,
  extra: Partial<ComplaintEventData> = {}
): ComplaintEventData {
  return {
    id: complaint.id,
    display_id: complaint.display_id,
    customer_id: complaint.customer_id,
    branch_id: complaint.branch_id,
    category_id: complaint.category_id,
    category_code: complaint.category_code,
    severity: complaint.severity,
    status: complaint.status,
    previous_status: null,
    assignee_user_id: complaint.assignee_user_id,
    staff_member_id: complaint.staff_member_id,
    appointment_id: complaint.appointment_id,
    order_id: complaint.order_id,
    reopen_count: complaint.reopen_count,
    actor_type: actor.actor_type,
    actor_id: actor.actor_id ?? null,
    ...extra,
  }
}
