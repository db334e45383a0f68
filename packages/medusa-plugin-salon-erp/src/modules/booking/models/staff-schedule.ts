import { model } from "@medusajs/framework/utils"
import { STAFF_SCHEDULE_ID_PREFIX } from "../lib/constants"
import { Branch } from "./branch"
import { StaffMember } from "./staff-member"

/** Weekly working hours of a staff member at a branch (ISO weekday, wall-clock "HH:MM"). */
export const StaffSchedule = model
  .define("staff_schedule", {
    id: model.id({ prefix: STAFF_SCHEDULE_ID_PREFIX }).primaryKey(),
    weekday: model.number(),
    starts_at: model.text(),
    ends_at: model.text(),
    staff_member: model.belongsTo(() => StaffMember, { mappedBy: "schedules" }),
    branch: model.belongsTo(() => Branch, { mappedBy: "schedules" }),
  })
  .indexes([{ on: ["staff_member_id", "branch_id", "weekday"] }])
  .checks([
    { name: "staff_schedule_weekday_range", expression: (c) => `${c.weekday} BETWEEN 1 AND 7` },
    { name: "staff_schedule_order", expression: (c) => `${c.starts_at} < ${c.ends_at}` },
  ])
