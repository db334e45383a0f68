import { model } from "@medusajs/framework/utils"
import { BRANCH_OPENING_HOURS_ID_PREFIX } from "../lib/constants"
import { Branch } from "./branch"

/** One opening interval on a weekday (ISO: 1 = Monday … 7 = Sunday), in the branch's wall time. */
export const BranchOpeningHours = model
  .define("branch_opening_hours", {
    id: model.id({ prefix: BRANCH_OPENING_HOURS_ID_PREFIX }).primaryKey(),
    weekday: model.number(),
    /** "HH:MM", 24-hour. */
    opens_at: model.text(),
    closes_at: model.text(),
    branch: model.belongsTo(() => Branch, { mappedBy: "opening_hours" }),
  })
  .checks([
    {
      name: "branch_opening_hours_weekday_range",
      expression: (c) => `${c.weekday} BETWEEN 1 AND 7`,
    },
    { name: "branch_opening_hours_order", expression: (c) => `${c.opens_at} < ${c.closes_at}` },
  ])
