/** Request and response shapes of the feedback admin API (complaints, satisfaction surveys, follow-up visits; docs/feedback.md). */

export type ComplaintStatus =
  "open" | "assigned" | "in_progress" | "resolved" | "closed" | "reopened"

export type ComplaintSeverity = "low" | "medium" | "high" | "critical"

export type ComplaintChannel = "online" | "front_desk" | "phone" | "social"

export type SlaState = "on_track" | "at_risk" | "breached" | "met"

export type RemedyKind = "goodwill_credit" | "free_session" | "other"

export type ComplaintCategory = {
  id: string
  code: string
  name: string
  description: string | null
  default_severity: ComplaintSeverity
  rank: number
  is_active: boolean
}

export type ComplaintEvent = {
  id: string
  sequence: number
  type: string
  visibility: "internal" | "customer"
  author_type: "customer" | "user" | "system"
  author_id: string | null
  body: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type ComplaintAttachment = {
  id: string
  filename: string
  mime_type: string
  size_bytes: number
  url: string
  visibility: "internal" | "customer"
  uploaded_by_type: string
  created_at: string
}

export type ComplaintRemedy = {
  id: string
  kind: RemedyKind
  status: "recorded" | "applied"
  description: string
  amount: number | null
  currency_code: string | null
  salon_service_id: string | null
  status_reason: string | null
  applied_at: string | null
  applied_reference: string | null
  created_at: string
}

export type Person = {
  id: string
  first_name: string | null
  last_name: string | null
  email: string
}

export type Complaint = {
  id: string
  display_id: number
  status: ComplaintStatus
  severity: ComplaintSeverity
  channel: ComplaintChannel
  subject: string | null
  description: string
  customer_id: string
  branch_id: string
  category_id: string
  staff_member_id: string | null
  appointment_id: string | null
  order_id: string | null
  assignee_user_id: string | null
  sla_state: SlaState
  reported_on?: string
  first_response_due_at: string
  first_responded_at: string | null
  first_response_minutes?: number | null
  first_response_met?: boolean | null
  first_response_warned_at?: string | null
  first_response_breached_at?: string | null
  resolution_due_at: string
  resolution_warned_at?: string | null
  resolution_breached_at?: string | null
  resolution_met?: boolean | null
  resolution_minutes?: number | null
  resolution_summary?: string | null
  resolved_at: string | null
  closed_at: string | null
  reopen_count: number
  resolution_rating: number | null
  resolution_comment?: string | null
  rated_at?: string | null
  created_by_type?: string
  created_at: string
  category?: Pick<ComplaintCategory, "id" | "code" | "name"> | null
  customer?: (Person & { phone: string | null }) | null
  branch?: { id: string; name: string; timezone: string } | null
  staff_member?: { id: string; name: string } | null
  user?: Person | null
  appointment?: { id: string; display_id: number; starts_at: string; status: string } | null
  order?: { id: string; display_id: number } | null
  events?: ComplaintEvent[]
  attachments?: ComplaintAttachment[]
  remedies?: ComplaintRemedy[]
}

export type ComplaintListParams = {
  q?: string
  status?: string
  severity?: string
  sla_state?: string
  branch_id?: string
  category_id?: string
  customer_id?: string
  assignee_user_id?: string
  limit?: number
  offset?: number
  order?: string
  fields?: string
}

export type ComplaintAnalyticsRow = {
  /** The group's id (category, branch, staff member) or value (severity, channel); null for "none". */
  key: string | null
  /** Start of the period ("YYYY-MM-DD"), when grouped by interval. */
  period: string | null
  complaints: number
  open: number
  resolved: number
  reopened: number
  first_response_measured: number
  first_response_met: number
  /** Share of complaints with a known first-response outcome that met it, 0–100. */
  first_response_compliance: number | null
  resolution_measured: number
  resolution_met: number
  resolution_compliance: number | null
  avg_first_response_minutes: number | null
  avg_resolution_minutes: number | null
  avg_resolution_rating: number | null
}

export type SatisfactionAnalyticsRow = {
  key: string | null
  period: string | null
  responses: number
  avg_technique: number | null
  avg_attitude: number | null
  avg_environment: number | null
  avg_result: number | null
  avg_overall: number | null
  promoters: number
  passives: number
  detractors: number
  /** Net promoter score (−100 to 100), one decimal. */
  nps: number | null
  low_scores: number
}

export type AnalyticsParams = {
  from: string
  to: string
  group_by?: string
  interval?: "day" | "week" | "month"
  branch_id?: string
}

export type Analytics<Row> = {
  analytics: {
    from: string
    to: string
    group_by: string | null
    interval: string | null
    /** Each group's row, named (`label`: the category, branch or staff member's name). */
    rows: Labelled<Row>[]
    totals: Row
  }
}

export type Labelled<Row> = Row & { label: string | null }

export type Survey = {
  id: string
  appointment_id: string
  appointment_display_id: number | null
  customer_id: string
  branch_id: string
  staff_member_ids: string[]
  service_date: string
  status: "pending" | "answered"
  sent_at: string | null
  responded_at: string | null
  technique_rating: number | null
  attitude_rating: number | null
  environment_rating: number | null
  result_rating: number | null
  overall_rating: number | null
  nps_score: number | null
  comment: string | null
  is_low: boolean
  is_detractor: boolean
  customer?: Person | null
  branch?: { id: string; name: string } | null
}

export type FollowUpVisit = {
  id: string
  customer_id: string
  branch_id: string
  assignee_user_id: string | null
  reasons: ("low_score_streak" | "nps_detractor")[]
  status: "open" | "done" | "canceled"
  due_at: string
  note: string | null
  outcome: string | null
  completed_at: string | null
  created_at: string
  customer?: (Person & { phone: string | null }) | null
  branch?: { id: string; name: string } | null
  user?: Person | null
  surveys?: Pick<
    Survey,
    "id" | "appointment_display_id" | "service_date" | "overall_rating" | "nps_score" | "comment"
  >[]
}

export type FeedbackSettings = {
  sla: Record<ComplaintSeverity, { first_response_hours: number; resolution_hours: number }>
  sla_warning_ratio: number
  escalation_user_ids: string[]
  auto_close_after_days: number
  survey_enabled: boolean
  survey_response_days: number
  low_score_threshold: number
  low_score_streak: number
  nps_detractor_max: number
  nps_promoter_min: number
  follow_up_due_hours: number
  max_attachment_mb: number
  max_attachments_per_complaint: number
}

export type Lookups = {
  branches: { id: string; name: string }[]
  staff: { id: string; name: string }[]
  users: Person[]
  categories: ComplaintCategory[]
}

/** A file sent to the API: its bytes as base64. */
export type AttachmentUpload = { filename: string; mime_type: string; content: string }

export type List<K extends string, T> = { [key in K]: T[] } & {
  count: number
  offset: number
  limit: number
}

export type CreateComplaintPayload = {
  customer_id: string
  branch_id: string
  category_id: string
  channel: ComplaintChannel
  severity?: ComplaintSeverity
  subject?: string | null
  description: string
  staff_member_id?: string | null
  assignee_user_id?: string | null
  attachments?: AttachmentUpload[]
  /** Sent as the Idempotency-Key header: a double click files one complaint. */
  idempotency_key: string
}

/** Every change to one complaint: `path` is "" (details), "assign", "resolve", "messages", … */
export type ComplaintChange = { path: string; body: Record<string, unknown> }

export type CategoryChange =
  | { action: "create"; body: Partial<ComplaintCategory> & { code: string; name: string } }
  | { action: "update"; id: string; body: Partial<Omit<ComplaintCategory, "id" | "code">> }
  | { action: "delete"; id: string }

// ----------------------------------------------------------------- responses

export type DeleteResponse = { id: string; object: string; deleted: true }
export type ComplaintResponse = { complaint: Complaint }
export type ComplaintListResponse = List<"complaints", Complaint>
export type ComplaintCategoryResponse = { complaint_category: ComplaintCategory }
export type ComplaintCategoryListResponse = List<"complaint_categories", ComplaintCategory>
export type ComplaintAnalyticsResponse = Analytics<ComplaintAnalyticsRow>
export type SatisfactionAnalyticsResponse = Analytics<SatisfactionAnalyticsRow>
export type SurveyResponse = { survey: Survey }
export type SurveyListResponse = List<"surveys", Survey>
export type FollowUpVisitResponse = { follow_up_visit: FollowUpVisit }
export type FollowUpVisitListResponse = List<"follow_up_visits", FollowUpVisit>
export type FeedbackSettingsResponse = { settings: FeedbackSettings }
