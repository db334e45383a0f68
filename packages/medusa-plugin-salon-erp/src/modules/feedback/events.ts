import { type OutboxEventDraft, stageOutboxEvents } from "../../lib/outbox"
import { FEEDBACK_OUTBOX_ID_PREFIX } from "./lib/constants"
import type { ComplaintMove } from "./lib/status"
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
export { FEEDBACK_OUTBOX_ID_PREFIX }

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

/** A complaint.* event with the payload built from the complaint as it now is. */
export function complaintEvent(
  eventName: string,
  complaint: ComplaintSnapshot,
  actor: FeedbackActor,
  extra: Partial<ComplaintEventData> = {}
): OutboxEventDraft {
  return {
    event_name: eventName,
    aggregate_id: complaint.id,
    data: complaintEventData(complaint, actor, extra),
  }
}

export function surveyEvent(
  eventName:
    | typeof FeedbackWorkflowEvents.SATISFACTION_SURVEY_SENT
    | typeof FeedbackWorkflowEvents.SATISFACTION_SURVEY_ANSWERED,
  data: SatisfactionSurveyEventData
): OutboxEventDraft {
  return { event_name: eventName, aggregate_id: data.id, data }
}

export function followUpVisitEvent(
  eventName:
    | typeof FeedbackWorkflowEvents.FOLLOW_UP_VISIT_CREATED
    | typeof FeedbackWorkflowEvents.FOLLOW_UP_VISIT_UPDATED,
  data: FollowUpVisitEventData
): OutboxEventDraft {
  return { event_name: eventName, aggregate_id: data.id, data }
}

/** satisfaction_survey.answered, with the ratings and how the answer counts for alerts. */
export function surveyAnsweredEvent(
  answered: {
    survey_id: string
    appointment_id: string
    customer_id: string
    branch_id: string
    staff_member_ids: string[]
    is_low: boolean
    is_detractor: boolean
  },
  ratings: Pick<
    SatisfactionSurveyEventData,
    "technique_rating" | "attitude_rating" | "environment_rating" | "result_rating" | "nps_score"
  >
): OutboxEventDraft {
  return surveyEvent(FeedbackWorkflowEvents.SATISFACTION_SURVEY_ANSWERED, {
    id: answered.survey_id,
    appointment_id: answered.appointment_id,
    customer_id: answered.customer_id,
    branch_id: answered.branch_id,
    staff_member_ids: answered.staff_member_ids,
    ...ratings,
    is_low: answered.is_low,
    is_detractor: answered.is_detractor,
  })
}

/** follow_up_visit.created: a low-score alert's visit and the answers it covers. */
export function followUpVisitCreatedEvent(
  alert: {
    follow_up_visit_id: string
    customer_id: string
    branch_id: string
    reasons: FollowUpReason[]
    survey_ids: string[]
  },
  assigneeUserId: string | null
): OutboxEventDraft {
  return followUpVisitEvent(FeedbackWorkflowEvents.FOLLOW_UP_VISIT_CREATED, {
    id: alert.follow_up_visit_id,
    customer_id: alert.customer_id,
    branch_id: alert.branch_id,
    assignee_user_id: assigneeUserId,
    reasons: alert.reasons,
    survey_ids: alert.survey_ids,
  })
}

/** follow_up_visit.updated, from the visit as it now is. */
export function followUpVisitUpdatedEvent(
  visit: Omit<FollowUpVisitEventData, "survey_ids">
): OutboxEventDraft {
  return followUpVisitEvent(FeedbackWorkflowEvents.FOLLOW_UP_VISIT_UPDATED, {
    id: visit.id,
    customer_id: visit.customer_id,
    branch_id: visit.branch_id,
    assignee_user_id: visit.assignee_user_id,
    reasons: visit.reasons,
    survey_ids: [],
    status: visit.status,
  })
}

/** Writes events to the module's outbox in the caller's transaction (they commit with the change). */
export async function stageFeedbackEvents(
  trx: Parameters<typeof stageOutboxEvents>[0],
  events: OutboxEventDraft[]
): Promise<void> {
  await stageOutboxEvents(trx, FEEDBACK_OUTBOX_TABLE, FEEDBACK_OUTBOX_ID_PREFIX, events)
}

/** The event each status move reports. */
const MOVE_EVENTS: Record<ComplaintMove, string> = {
  assign: FeedbackWorkflowEvents.COMPLAINT_ASSIGNED,
  start: FeedbackWorkflowEvents.COMPLAINT_STARTED,
  resolve: FeedbackWorkflowEvents.COMPLAINT_RESOLVED,
  close: FeedbackWorkflowEvents.COMPLAINT_CLOSED,
  reopen: FeedbackWorkflowEvents.COMPLAINT_REOPENED,
}

/** The event of a status move; an assignment names the previous assignee and its timeline entry. */
export function complaintMovedEvent(
  move: ComplaintMove,
  before: ComplaintSnapshot,
  after: ComplaintSnapshot,
  actor: FeedbackActor,
  entryId: string | null
): OutboxEventDraft {
  return complaintEvent(MOVE_EVENTS[move], after, actor, {
    previous_status: before.status,
    ...(move === "assign"
      ? { previous_assignee_user_id: before.assignee_user_id, event_id: entryId! }
      : {}),
  })
}

/** complaint.rated, and complaint.closed when the rating closed it. */
export function complaintRatedEvents(
  before: ComplaintSnapshot,
  after: ComplaintSnapshot,
  customer: FeedbackActor,
  rating: number
): OutboxEventDraft[] {
  const extra = { previous_status: before.status, rating }
  return [
    complaintEvent(FeedbackWorkflowEvents.COMPLAINT_RATED, after, customer, extra),
    ...(before.status !== after.status
      ? [complaintEvent(FeedbackWorkflowEvents.COMPLAINT_CLOSED, after, customer, extra)]
      : []),
  ]
}
