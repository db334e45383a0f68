import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { Rating, Score, Text } from "../../../../utils/validators"

export const StoreSurveyResponse = z
  .object({
    technique_rating: Rating("technique_rating"),
    attitude_rating: Rating("attitude_rating"),
    environment_rating: Rating("environment_rating"),
    result_rating: Rating("result_rating"),
    nps_score: Score("nps_score", 0, 10),
    comment: Text("note", { min: 0 }).nullish(),
  })
  .strict()
export type StoreSurveyResponseType = z.infer<typeof StoreSurveyResponse>

export const StoreGetSurveysParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-completed_at",
}).extend({
  /** pending: can still be answered; answered; expired: closed unanswered. */
  status: z
    .enum(["pending", "answered", "expired"], {
      message: "status is pending, answered or expired",
    })
    .optional(),
})

export const StoreGetSurveyParams = createSelectParams()
