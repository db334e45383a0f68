import { generateEntityId } from "@medusajs/framework/utils"
import { SATISFACTION_SURVEY_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { SurveyForAnswer } from "../types"

export type NewSurvey = {
  appointment_id: string
  appointment_display_id: number | null
  customer_id: string
  branch_id: string
  staff_member_ids: string[]
  completed_at: Date
  service_date: string
  expires_at: Date
}

/**
 * Inserts the appointment's survey unless it has one: `created` is true for exactly one caller;
 * `invitation_pending` until its invitation step finished.
 */
export async function createSurveyOnce(
  trx: Knex,
  survey: NewSurvey
): Promise<{ survey_id: string; created: boolean; invitation_pending: boolean }> {
  const id = generateEntityId(undefined, SATISFACTION_SURVEY_ID_PREFIX)
  const inserted = await trx.raw(
    `INSERT INTO satisfaction_survey
       (id, appointment_id, appointment_display_id, customer_id, branch_id, staff_member_ids,
        completed_at, service_date, status, expires_at)
     VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, 'pending', ?)
     ON CONFLICT (appointment_id) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id`,
    [
      id,
      survey.appointment_id,
      survey.appointment_display_id,
      survey.customer_id,
      survey.branch_id,
      survey.staff_member_ids,
      survey.completed_at,
      survey.service_date,
      survey.expires_at,
    ]
  )
  if (inserted.rows.length) {
    return { survey_id: id, created: true, invitation_pending: true }
  }
  const existing = await trx("satisfaction_survey")
    .select("id", "invitation_done_at")
    .where({ appointment_id: survey.appointment_id })
    .whereNull("deleted_at")
    .first()
  return {
    survey_id: existing.id,
    created: false,
    invitation_pending: !existing.invitation_done_at,
  }
}

/** Marks the invitation done, once; the survey, or undefined when it was done already. */
export async function markInvitationDone(
  trx: Knex,
  surveyId: string,
  channel: string | null,
  now: Date
): Promise<
  | {
      id: string
      appointment_id: string
      customer_id: string
      branch_id: string
      staff_member_ids: string[]
    }
  | undefined
> {
  const [survey] = await trx("satisfaction_survey")
    .update({
      sent_at: channel ? now : null,
      sent_channel: channel,
      invitation_done_at: now,
      updated_at: now,
    })
    .where({ id: surveyId })
    .whereNull("invitation_done_at")
    .whereNull("deleted_at")
    .returning(["id", "appointment_id", "customer_id", "branch_id", "staff_member_ids"])
  return survey
}

export async function clearInvitation(trx: Knex, surveyId: string) {
  await trx("satisfaction_survey")
    .update({
      sent_at: null,
      sent_channel: null,
      invitation_done_at: null,
      updated_at: new Date(),
    })
    .where({ id: surveyId })
}

/** Locks a survey not deleted for its answer. */
export async function lockSurveyForAnswer(
  trx: Knex,
  surveyId: string
): Promise<SurveyForAnswer | undefined> {
  return await trx("satisfaction_survey")
    .select(
      "id",
      "customer_id",
      "status",
      "expires_at",
      "appointment_id",
      "appointment_display_id",
      "branch_id",
      "staff_member_ids",
      "service_date"
    )
    .where({ id: surveyId })
    .whereNull("deleted_at")
    .forUpdate()
    .first()
}

export async function recordAnswer(trx: Knex, surveyId: string, answer: Record<string, unknown>) {
  await trx("satisfaction_survey")
    .update({ status: "answered", responded_at: new Date(), ...answer, updated_at: new Date() })
    .where({ id: surveyId })
}

/** Locks a survey if it is answered (deleted or not); undefined otherwise. */
export async function lockAnswered(trx: Knex, surveyId: string) {
  return await trx("satisfaction_survey")
    .select("*")
    .where({ id: surveyId, status: "answered" })
    .forUpdate()
    .first()
}

/** Puts a survey back to unanswered. */
export async function clearAnswer(trx: Knex, surveyId: string) {
  await trx("satisfaction_survey")
    .update({
      status: "pending",
      responded_at: null,
      technique_rating: null,
      attitude_rating: null,
      environment_rating: null,
      result_rating: null,
      nps_score: null,
      overall_rating: null,
      comment: null,
      is_low: false,
      is_detractor: false,
      updated_at: new Date(),
    })
    .where({ id: surveyId })
}

export async function answeredSurvey(
  knex: Knex,
  surveyId: string
): Promise<
  | { id: string; customer_id: string; branch_id: string; is_low: boolean; is_detractor: boolean }
  | undefined
> {
  return await knex("satisfaction_survey")
    .select("id", "customer_id", "branch_id", "is_low", "is_detractor")
    .where({ id: surveyId, status: "answered" })
    .whereNull("deleted_at")
    .first()
}

/**
 * Locks the customer's newest answers, newest first, so concurrent answers of one customer
 * decide their alert one after the other.
 */
export async function lockRecentAnswers(
  trx: Knex,
  customerId: string,
  limit: number
): Promise<{ id: string; is_low: boolean; follow_up_visit_id: string | null }[]> {
  return await trx("satisfaction_survey")
    .select("id", "is_low", "follow_up_visit_id")
    .where({ customer_id: customerId, status: "answered" })
    .whereNull("deleted_at")
    .orderBy([
      { column: "responded_at", order: "desc" },
      { column: "id", order: "desc" },
    ])
    .limit(limit)
    .forUpdate()
}

export async function linkFollowUpVisit(trx: Knex, surveyIds: string[], visitId: string) {
  await trx("satisfaction_survey")
    .update({ follow_up_visit_id: visitId, updated_at: new Date() })
    .whereIn("id", surveyIds)
}

export async function unlinkFollowUpVisit(trx: Knex, visitId: string) {
  await trx("satisfaction_survey")
    .update({ follow_up_visit_id: null })
    .where({ follow_up_visit_id: visitId })
}
