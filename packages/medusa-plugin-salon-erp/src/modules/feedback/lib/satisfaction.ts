import type { CreateSurveyInput, FollowUpReason, SurveyForAnswer } from "../types"
import * as errors from "./errors"
import type { FeedbackOptions } from "./options"
import { localDate } from "./time"

export type SurveyRatings = {
  technique_rating: number
  attitude_rating: number
  environment_rating: number
  result_rating: number
  nps_score: number
}

/** Average of the four dimension ratings, to two decimals. */
export function overallRating(ratings: Omit<SurveyRatings, "nps_score">): number {
  const sum =
    ratings.technique_rating +
    ratings.attitude_rating +
    ratings.environment_rating +
    ratings.result_rating
  return Math.round((sum / 4) * 100) / 100
}

/** How an answer counts for alerts: below the low-score threshold, and/or an NPS detractor. */
export function classifyAnswer(
  ratings: SurveyRatings,
  options: Pick<FeedbackOptions, "low_score_threshold" | "nps_detractor_max">
): { overall_rating: number; is_low: boolean; is_detractor: boolean } {
  const overall_rating = overallRating(ratings)
  return {
    overall_rating,
    is_low: overall_rating < options.low_score_threshold,
    is_detractor: ratings.nps_score <= options.nps_detractor_max,
  }
}

/**
 * Net promoter score: % promoters − % detractors, one decimal; null without answers.
 */
export function netPromoterScore(promoters: number, detractors: number, total: number) {
  if (!total) return null
  return Math.round(((promoters - detractors) / total) * 1000) / 10
}

/**
 * Whether a customer's newest answers call for an alert. `recent` is newest first, each
 * with whether it was low and whether it already counted towards an earlier alert.
 * Returns the answers the alert covers (the streak), or null.
 */
export function lowScoreStreak<T extends { id: string; is_low: boolean; alerted: boolean }>(
  recent: T[],
  streak: number
): T[] | null {
  const run: T[] = []
  for (const answer of recent) {
    if (!answer.is_low || answer.alerted) break
    run.push(answer)
  }
  return run.length >= streak ? run : null
}

/**
 * What an answer adds to (sign 1) or removes from (sign −1) a daily stat row, in the order of
 * the row's sums: responses, the four rating sums, promoters, passives, detractors, low scores.
 */
export function dailyStatDeltas(
  answer: SurveyRatings & { is_low: boolean },
  sign: 1 | -1,
  options: Pick<FeedbackOptions, "nps_promoter_min" | "nps_detractor_max">
): number[] {
  const { nps_promoter_min: promoter, nps_detractor_max: detractor } = options
  return [
    sign,
    sign * answer.technique_rating,
    sign * answer.attitude_rating,
    sign * answer.environment_rating,
    sign * answer.result_rating,
    answer.nps_score >= promoter ? sign : 0,
    answer.nps_score > detractor && answer.nps_score < promoter ? sign : 0,
    answer.nps_score <= detractor ? sign : 0,
    answer.is_low ? sign : 0,
  ]
}

/** The survey of a completed appointment: its service day at the branch and its deadline. */
export function newSurvey(
  input: CreateSurveyInput,
  options: Pick<FeedbackOptions, "survey_response_days">
) {
  const completedAt = new Date(input.completed_at)
  return {
    appointment_id: input.appointment_id,
    appointment_display_id: input.appointment_display_id ?? null,
    customer_id: input.customer_id,
    branch_id: input.branch_id,
    staff_member_ids: [...new Set(input.staff_member_ids)],
    completed_at: completedAt,
    service_date: localDate(input.visited_at, input.timezone),
    expires_at: new Date(completedAt.getTime() + options.survey_response_days * 86_400_000),
  }
}

export function ratingsOf(answer: SurveyRatings): SurveyRatings {
  return {
    technique_rating: answer.technique_rating,
    attitude_rating: answer.attitude_rating,
    environment_rating: answer.environment_rating,
    result_rating: answer.result_rating,
    nps_score: answer.nps_score,
  }
}

/**
 * Why an answer raises an alert, and the answers the alert covers (null: no alert). `recent`
 * are the customer's newest answers, newest first, with the follow-up visit each counted for.
 */
export function lowScoreAlertDue(
  survey: { id: string; is_detractor: boolean },
  recent: { id: string; is_low: boolean; follow_up_visit_id: string | null }[],
  streakLength: number
): { reasons: FollowUpReason[]; survey_ids: string[] } | null {
  const current = recent.find((row) => row.id === survey.id)
  if (!current || current.follow_up_visit_id) {
    return null
  }
  const streak = lowScoreStreak(
    recent.map((row) => ({ id: row.id, is_low: row.is_low, alerted: !!row.follow_up_visit_id })),
    streakLength
  )
  const reasons: FollowUpReason[] = []
  if (streak) reasons.push("low_score_streak")
  if (survey.is_detractor) reasons.push("nps_detractor")
  if (!reasons.length) {
    return null
  }
  return { reasons, survey_ids: streak ? streak.map((row) => row.id) : [survey.id] }
}

/**
 * Refuses an answer to a survey that is missing or another customer's (not found), already
 * answered (a conflict) or past its deadline.
 */
export function checkAnswerable(
  survey: SurveyForAnswer | undefined,
  surveyId: string,
  customerId: string
): asserts survey is SurveyForAnswer {
  if (!survey || survey.customer_id !== customerId) {
    throw errors.surveyNotFound(surveyId)
  }
  const visit = survey.appointment_display_id
    ? `appointment #${survey.appointment_display_id}`
    : "this appointment"
  if (survey.status === "answered") throw errors.alreadyAnswered(visit)
  if (new Date(survey.expires_at) <= new Date()) throw errors.surveyClosed(visit, survey.expires_at)
}
