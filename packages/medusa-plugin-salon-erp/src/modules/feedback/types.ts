import type {
  ACTOR_TYPES,
  COMPLAINT_CHANNELS,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  COMPLAINT_VISIBILITIES,
  FOLLOW_UP_REASONS,
  FOLLOW_UP_STATUSES,
  REMEDY_KINDS,
  REMEDY_STATUSES,
  SLA_DEADLINES,
  SLA_STAGES,
  SLA_STATES,
  SURVEY_STATUSES,
} from "./lib/constants"
import type { ComplaintEventData } from "./events"
import type { ComplaintAnalyticsRow, SatisfactionAnalyticsRow } from "../../types/feedback/http"

export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number]
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number]
export type ActorType = (typeof ACTOR_TYPES)[number]
export type ComplaintEventType = (typeof COMPLAINT_EVENT_TYPES)[number]
export type ComplaintVisibility = (typeof COMPLAINT_VISIBILITIES)[number]
export type RemedyKind = (typeof REMEDY_KINDS)[number]
export type RemedyStatus = (typeof REMEDY_STATUSES)[number]
export type SlaDeadline = (typeof SLA_DEADLINES)[number]
export type SlaStage = (typeof SLA_STAGES)[number]
export type SlaState = (typeof SLA_STATES)[number]
export type SurveyStatus = (typeof SURVEY_STATUSES)[number]
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number]

/** Who acts: a customer (store API), an admin user, or the system (jobs, subscribers). */
export type FeedbackActor = { actor_type: ActorType; actor_id?: string | null }

export type CreateComplaintInput = {
  customer_id: string
  branch_id: string
  /** The branch's time zone: the complaint's report day is its local date there. */
  timezone: string
  category_id: string
  channel: ComplaintChannel
  severity: ComplaintSeverity
  subject?: string | null
  description: string
  appointment_id?: string | null
  order_id?: string | null
  staff_member_id?: string | null
  assignee_user_id?: string | null
  idempotency_key?: string | null
  metadata?: Record<string, unknown> | null
  created_by_type: ActorType
  created_by_id?: string | null
}

export type CreateComplaintResult = {
  complaint_id: string
  /** False when an earlier request with the same idempotency key had filed it. */
  created: boolean
}

/** The fields of a complaint workflows act on and events carry; also what compensation restores. */
export type ComplaintSnapshot = {
  id: string
  display_id: number
  status: ComplaintStatus
  severity: ComplaintSeverity
  channel: ComplaintChannel
  customer_id: string
  branch_id: string
  category_id: string
  category_code: string
  appointment_id: string | null
  order_id: string | null
  staff_member_id: string | null
  assignee_user_id: string | null
  sla_state: SlaState
  reopen_count: number
  /** Every column a status move may change, as it was (compensation writes them back). */
  fields: Record<string, unknown>
}

export type ComplaintEventInput = {
  complaint_id: string
  type: ComplaintEventType
  visibility: ComplaintVisibility
  author_type: ActorType
  author_id?: string | null
  body?: string | null
  data?: Record<string, unknown> | null
}

export type SlaClaim = {
  complaint_id: string
  deadline: SlaDeadline
  stage: SlaStage
}

export type CreateSurveyInput = {
  appointment_id: string
  appointment_display_id?: number | null
  customer_id: string
  branch_id: string
  staff_member_ids: string[]
  /** When the appointment was completed (the response window runs from then). */
  completed_at: Date | string
  /** When the visit took place: the survey's service date is its local date at the branch. */
  visited_at: Date | string
  /** The branch's time zone. */
  timezone: string
}

export type SubmitSurveyInput = {
  survey_id: string
  /** The answering customer: anyone else's survey is reported as not found. */
  customer_id: string
  technique_rating: number
  attitude_rating: number
  environment_rating: number
  result_rating: number
  nps_score: number
  comment?: string | null
}

export type LowScoreAlert = {
  follow_up_visit_id: string
  reasons: FollowUpReason[]
  survey_ids: string[]
  customer_id: string
  branch_id: string
}

// ------------------------------------------------------------------ analytics

export type AnalyticsInterval = "day" | "week" | "month"

export type ComplaintGroupBy = "category" | "branch" | "staff_member" | "severity" | "channel"

export type { ComplaintAnalyticsRow, SatisfactionAnalyticsRow }

export type ComplaintAnalyticsQuery = {
  /** Local report days, inclusive ("YYYY-MM-DD"). */
  from: string
  to: string
  branch_id?: string[]
  category_id?: string[]
  staff_member_id?: string[]
  group_by?: ComplaintGroupBy | null
  interval?: AnalyticsInterval | null
}

export type SatisfactionGroupBy = "branch" | "staff_member"

export type SatisfactionAnalyticsQuery = {
  /** Service days, inclusive ("YYYY-MM-DD"). */
  from: string
  to: string
  branch_id?: string[]
  staff_member_id?: string[]
  group_by?: SatisfactionGroupBy | null
  interval?: AnalyticsInterval | null
}

// ------------------------------------------------------------------ rows

type Row = Record<string, unknown>

/** A complaint row as read with knex (the columns the rules look at, and the rest). */
export type ComplaintRow = Row & {
  id: string
  display_id: number | string
  status: ComplaintStatus
  severity: ComplaintSeverity
  channel: ComplaintChannel
  category_id: string
  category_code: string
  appointment_id: string | null
  order_id: string | null
  staff_member_id: string | null
  sla_state: SlaState
  created_at: Date
  reopened_at: Date | null
  reopen_count: number | string
  assignee_user_id: string | null
  first_responded_at: Date | null
  first_response_met: boolean | null
  first_response_due_at: Date
  first_response_breached_at: Date | null
  resolution_met: boolean | null
  resolution_due_at: Date
  resolution_breached_at: Date | null
  resolution_rating: number | null
  rated_at: Date | null
  customer_id: string
  branch_id: string
}

/** What a status move is given besides the move itself. */
export type ComplaintMoveInput = {
  actor_type?: FeedbackActor["actor_type"]
  actor_id?: string | null
  assignee_user_id?: string | null
  resolution_summary?: string | null
  /** assign: why, or what to do first (the assignment entry's internal body). */
  note?: string | null
}

/** The fields of a complaint `updateComplaintDetails` may change. */
export type ComplaintDetails = {
  severity?: ComplaintSeverity
  category_id?: string
  subject?: string | null
  staff_member_id?: string | null
  appointment_id?: string | null
  order_id?: string | null
}

/** An answer as the daily stats count it. */
export type SurveyAnswer = {
  service_date: string
  branch_id: string
  staff_member_ids: string[]
  technique_rating: number
  attitude_rating: number
  environment_rating: number
  result_rating: number
  nps_score: number
  is_low: boolean
}

/** A survey row as an answer locks it. */
export type SurveyForAnswer = {
  id: string
  customer_id: string
  status: SurveyStatus
  expires_at: Date
  appointment_id: string
  appointment_display_id: number | null
  branch_id: string
  staff_member_ids: string[]
  service_date: string
}

/** Numbers and averages as the report queries return them. */
export type AggregateRow = Record<string, string | number | null>

/** An event a timeline entry reports; `entry_index` puts that entry's id in it as `event_id`. */
export type ComplaintTimelineEvent = {
  complaint_id: string
  event_name: string
  actor: FeedbackActor
  entry_index?: number
  extra?: Partial<ComplaintEventData>
}

/** A customer's rating of how their complaint was resolved. */
export type ComplaintRatingInput = {
  customer_id?: string | null
  rating: number
  comment?: string | null
}

/** What an answered survey tells the workflow (whether to raise an alert). */
export type SurveyResponseResult = {
  survey_id: string
  appointment_id: string
  customer_id: string
  branch_id: string
  staff_member_ids: string[]
  is_low: boolean
  is_detractor: boolean
}

/** A follow_up_visit row as read with knex. */
export type FollowUpVisitRow = Record<string, unknown> & {
  id: string
  customer_id: string
  branch_id: string
  assignee_user_id: string | null
  reasons: FollowUpReason[]
  status: FollowUpStatus
}
