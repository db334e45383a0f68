/** Value lists of the feedback module's enums, shared by models, validators and the admin. */

export { COMPLAINT_SEVERITIES } from "./options"

export const COMPLAINT_STATUSES = [
  "open",
  "assigned",
  "in_progress",
  "resolved",
  "closed",
  "reopened",
] as const

/** Statuses in which a complaint is still being worked on (its SLA clock runs). */
export const ACTIVE_COMPLAINT_STATUSES = ["open", "assigned", "in_progress", "reopened"] as const

export const COMPLAINT_CHANNELS = ["online", "front_desk", "phone", "social"] as const

export const ACTOR_TYPES = ["customer", "user", "system"] as const

export const COMPLAINT_EVENT_TYPES = [
  "created",
  "details_updated",
  "assigned",
  "status_changed",
  "internal_note",
  "reply",
  "customer_message",
  "attachment_added",
  "remedy_recorded",
  "remedy_applied",
  "resolution_rated",
  "sla_warning",
  "sla_breached",
] as const

export const COMPLAINT_VISIBILITIES = ["internal", "customer"] as const

export const REMEDY_KINDS = ["goodwill_credit", "free_session", "other"] as const
export const REMEDY_STATUSES = ["recorded", "applied"] as const

export const SURVEY_STATUSES = ["pending", "answered"] as const

export const FOLLOW_UP_STATUSES = ["open", "done", "canceled"] as const
export const FOLLOW_UP_REASONS = ["low_score_streak", "nps_detractor"] as const

export const SLA_DEADLINES = ["first_response", "resolution"] as const
export const SLA_STAGES = ["warning", "breach"] as const
/** How a complaint stands against its deadlines, for the board's filter. */
export const SLA_STATES = ["on_track", "at_risk", "breached", "met"] as const

/** Id prefixes, shared by the models and the repositories' raw inserts. */
export const COMPLAINT_CATEGORY_ID_PREFIX = "ccat"
export const COMPLAINT_ID_PREFIX = "cmpl"
export const COMPLAINT_EVENT_ID_PREFIX = "cevt"
// Not "catt": commission attributions hold that one. Rows made before keep their "catt_" ids.
export const COMPLAINT_ATTACHMENT_ID_PREFIX = "cpatt"
export const COMPLAINT_REMEDY_ID_PREFIX = "crem"
export const SATISFACTION_SURVEY_ID_PREFIX = "srvy"
export const SATISFACTION_DAILY_STAT_ID_PREFIX = "sdst"
export const FOLLOW_UP_VISIT_ID_PREFIX = "fupv"
export const FEEDBACK_OUTBOX_ID_PREFIX = "fbob"
