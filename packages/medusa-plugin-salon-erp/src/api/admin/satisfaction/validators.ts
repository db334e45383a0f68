import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { FOLLOW_UP_STATUSES, SURVEY_STATUSES } from "../../../modules/feedback/lib/constants"
import {
  IdList,
  Instant,
  LocalDate,
  MEDUSA_ID_PREFIXES,
  Id,
  QueryBoolean,
  Text,
} from "../../utils/validators"

export const SatisfactionAnalyticsParams = z
  .object({
    from: LocalDate,
    to: LocalDate,
    group_by: z
      .enum(["branch", "staff_member"], { message: "group_by is branch or staff_member" })
      .optional(),
    interval: z
      .enum(["day", "week", "month"], { message: "interval is day, week or month" })
      .optional(),
    branch_id: IdList.optional(),
    staff_member_id: IdList.optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.to < query.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) is before from (${query.from})`,
      })
    }
  })
export type SatisfactionAnalyticsParamsType = z.infer<typeof SatisfactionAnalyticsParams>

export const AdminGetSurveysParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-responded_at",
}).extend({
  status: z.enum(SURVEY_STATUSES).optional(),
  branch_id: IdList.optional(),
  customer_id: IdList.optional(),
  /** Surveys of visits with this staff member. */
  staff_member_id: Text("key").optional(),
  is_low: QueryBoolean.optional(),
  is_detractor: QueryBoolean.optional(),
  /** Service days, inclusive. */
  from: LocalDate.optional(),
  to: LocalDate.optional(),
})

export const AdminGetSurveyParams = createSelectParams()

export const AdminGetFollowUpVisitsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "due_at",
}).extend({
  status: IdList.refine(
    (list) => list.every((value) => (FOLLOW_UP_STATUSES as readonly string[]).includes(value)),
    { message: `status must be among: ${FOLLOW_UP_STATUSES.join(", ")}` }
  ).optional(),
  branch_id: IdList.optional(),
  customer_id: IdList.optional(),
  assignee_user_id: Text("key").optional(),
})

export const AdminGetFollowUpVisitParams = createSelectParams()

export const AdminUpdateFollowUpVisit = z
  .object({
    status: z.enum(FOLLOW_UP_STATUSES, { message: "status is open, done or canceled" }).optional(),
    assignee_user_id: Id(MEDUSA_ID_PREFIXES.user, "a user").nullish(),
    note: Text("note", { min: 0 }).nullish(),
    outcome: Text("note", { min: 0 }).nullish(),
    due_at: Instant.optional(),
  })
  .strict()
export type AdminUpdateFollowUpVisitType = z.infer<typeof AdminUpdateFollowUpVisit>

export const EmptyQuery = z.object({}).strict()
