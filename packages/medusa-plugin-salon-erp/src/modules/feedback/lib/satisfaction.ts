import type { FeedbackOptions } from "./options"

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
