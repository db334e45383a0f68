import { model } from "@medusajs/framework/utils"
import { SATISFACTION_DAILY_STAT_ID_PREFIX } from "../lib/constants"

/**
 * Satisfaction answers summed per service day and branch (`staff_member_id` null) and per
 * service day, branch and staff member. Kept in the same transaction as each answer (and
 * rebuilt from the surveys on demand), so reports read thousands of small rows instead of
 * millions of answers. Averages are sums divided by `responses`.
 */
export const SatisfactionDailyStat = model
  .define("satisfaction_daily_stat", {
    id: model.id({ prefix: SATISFACTION_DAILY_STAT_ID_PREFIX }).primaryKey(),
    service_date: model.text(),
    branch_id: model.text(),
    staff_member_id: model.text().nullable(),
    responses: model.number().default(0),
    technique_sum: model.number().default(0),
    attitude_sum: model.number().default(0),
    environment_sum: model.number().default(0),
    result_sum: model.number().default(0),
    promoters: model.number().default(0),
    passives: model.number().default(0),
    detractors: model.number().default(0),
    low_scores: model.number().default(0),
  })
  .indexes([
    {
      name: "IDX_satisfaction_daily_stat_branch_day",
      on: ["service_date", "branch_id"],
      unique: true,
      where: "staff_member_id IS NULL AND deleted_at IS NULL",
    },
    {
      name: "IDX_satisfaction_daily_stat_staff_day",
      on: ["service_date", "branch_id", "staff_member_id"],
      unique: true,
      where: "staff_member_id IS NOT NULL AND deleted_at IS NULL",
    },
    {
      on: ["staff_member_id", "service_date"],
      where: "staff_member_id IS NOT NULL AND deleted_at IS NULL",
    },
    { on: ["branch_id", "service_date"] },
  ])
