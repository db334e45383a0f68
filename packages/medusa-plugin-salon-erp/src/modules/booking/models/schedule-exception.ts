import { model } from "@medusajs/framework/utils"
import { SCHEDULE_EXCEPTION_ID_PREFIX } from "../lib/constants"
import { StaffMember } from "./staff-member"

/**
 * A dated change to a staff member's weekly hours: time off (whole day when no times) or an
 * extra shift at a branch. Dates and times are the branch's wall time.
 */
export const ScheduleException = model
  .define("schedule_exception", {
    id: model.id({ prefix: SCHEDULE_EXCEPTION_ID_PREFIX }).primaryKey(),
    kind: model.enum(["time_off", "extra_shift"]),
    date: model.text(),
    starts_at: model.text().nullable(),
    ends_at: model.text().nullable(),
    /** Branch of an extra shift; time off applies at every branch. */
    branch_id: model.text().nullable(),
    reason: model.text().nullable(),
    staff_member: model.belongsTo(() => StaffMember, { mappedBy: "schedule_exceptions" }),
  })
  .indexes([{ on: ["staff_member_id", "date"] }])
  .checks([
    {
      name: "schedule_exception_times",
      expression: (c) =>
        `(${c.starts_at} IS NULL AND ${c.ends_at} IS NULL AND ${c.kind} = 'time_off') OR (${c.starts_at} IS NOT NULL AND ${c.ends_at} IS NOT NULL AND ${c.starts_at} < ${c.ends_at})`,
    },
  ])
