import { model } from "@medusajs/framework/utils"
import { SATISFACTION_SURVEY_ID_PREFIX, SURVEY_STATUSES } from "../lib/constants"
import { FollowUpVisit } from "./follow-up-visit"

/**
 * The post-service survey of one completed appointment: sent once, answered once. Ratings are
 * 1–5 per dimension (technique, attitude, environment, result) plus an NPS score (0–10).
 * Branch and staff are copied from the appointment so reports need no join.
 */
export const SatisfactionSurvey = model
  .define("satisfaction_survey", {
    id: model.id({ prefix: SATISFACTION_SURVEY_ID_PREFIX }).primaryKey(),
    appointment_id: model.text(),
    appointment_display_id: model.number().nullable(),
    customer_id: model.text(),
    branch_id: model.text(),
    /** Everyone who performed a service of the appointment. */
    staff_member_ids: model.array(),
    /** When the appointment was completed; and the visit's day at the branch ("YYYY-MM-DD"), which reports group by. */
    completed_at: model.dateTime(),
    service_date: model.text(),
    status: model.enum([...SURVEY_STATUSES]).default("pending"),
    /** When the invitation went out, and how (email / sms); null when the customer has neither. */
    sent_at: model.dateTime().nullable(),
    sent_channel: model.text().nullable(),
    /**
     * When the invitation step finished (sent, or skipped for a customer without email and
     * phone): a repeated completion finishes a survey without it and leaves one with it alone.
     */
    invitation_done_at: model.dateTime().nullable(),
    /** Answers are accepted until then. */
    expires_at: model.dateTime(),
    responded_at: model.dateTime().nullable(),
    technique_rating: model.number().nullable(),
    attitude_rating: model.number().nullable(),
    environment_rating: model.number().nullable(),
    result_rating: model.number().nullable(),
    /** Average of the four ratings. */
    overall_rating: model.float().nullable(),
    nps_score: model.number().nullable(),
    comment: model.text().nullable(),
    /** Below the low-score threshold / an NPS detractor. */
    is_low: model.boolean().default(false),
    is_detractor: model.boolean().default(false),
    /** The low-score alert this answer counted towards. */
    follow_up_visit: model.belongsTo(() => FollowUpVisit, { mappedBy: "surveys" }).nullable(),
  })
  .indexes([
    { on: ["appointment_id"], unique: true },
    { on: ["customer_id", "responded_at"] },
    { on: ["status", "expires_at"] },
    { on: ["branch_id", "service_date"] },
    { on: ["staff_member_ids"], type: "GIN" },
  ])
  .checks([
    {
      name: "satisfaction_survey_ratings_range",
      expression: (c) =>
        [c.technique_rating, c.attitude_rating, c.environment_rating, c.result_rating]
          .map((column) => `(${column} IS NULL OR ${column} BETWEEN 1 AND 5)`)
          .join(" AND "),
    },
    {
      name: "satisfaction_survey_nps_range",
      expression: (c) => `${c.nps_score} IS NULL OR ${c.nps_score} BETWEEN 0 AND 10`,
    },
  ])
