import { model } from "@medusajs/framework/utils"
import { FOLLOW_UP_STATUSES, FOLLOW_UP_VISIT_ID_PREFIX } from "../lib/constants"
import { SatisfactionSurvey } from "./satisfaction-survey"

/**
 * A follow-up visit (回访): a call or message to a customer who rated low several times in a
 * row or gave a detractor NPS score, assigned to the branch manager.
 */
export const FollowUpVisit = model
  .define("follow_up_visit", {
    id: model.id({ prefix: FOLLOW_UP_VISIT_ID_PREFIX }).primaryKey(),
    customer_id: model.text(),
    branch_id: model.text(),
    assignee_user_id: model.text().nullable(),
    /** low_score_streak and/or nps_detractor. */
    reasons: model.array(),
    status: model.enum([...FOLLOW_UP_STATUSES]).default("open"),
    due_at: model.dateTime(),
    /** The answer that raised the alert. */
    trigger_survey_id: model.text(),
    note: model.text().nullable(),
    /** What came of the call, written when it is done. */
    outcome: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    completed_by: model.text().nullable(),
    surveys: model.hasMany(() => SatisfactionSurvey, { mappedBy: "follow_up_visit" }),
  })
  .indexes([
    { on: ["status", "due_at"] },
    { on: ["branch_id", "created_at"] },
    { on: ["customer_id", "created_at"] },
    { on: ["trigger_survey_id"], unique: true },
  ])
