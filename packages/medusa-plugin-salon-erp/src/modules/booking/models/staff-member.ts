import { model } from "@medusajs/framework/utils"
import { STAFF_MEMBER_ID_PREFIX } from "../lib/constants"
import { AppointmentItem } from "./appointment-item"
import { StaffBranch } from "./staff-branch"
import { StaffService } from "./staff-service"
import { StaffSchedule } from "./staff-schedule"
import { ScheduleException } from "./schedule-exception"

export const STAFF_LEVELS = ["junior", "senior", "expert"] as const
export type StaffLevel = (typeof STAFF_LEVELS)[number]

/** A technician or therapist. May log into the admin (user_id) or not. */
export const StaffMember = model.define("staff_member", {
  id: model.id({ prefix: STAFF_MEMBER_ID_PREFIX }).primaryKey(),
  name: model.text().searchable(),
  level: model.enum([...STAFF_LEVELS]).default("junior"),
  email: model.text().nullable(),
  phone: model.text().nullable(),
  /** Calendar colour, "#RRGGBB". */
  color: model.text().nullable(),
  bio: model.text().nullable(),
  /** The admin user this staff member logs in as, if any. */
  user_id: model.text().nullable(),
  is_active: model.boolean().default(true),
  metadata: model.json().nullable(),
  staff_branches: model.hasMany(() => StaffBranch, { mappedBy: "staff_member" }),
  staff_services: model.hasMany(() => StaffService, { mappedBy: "staff_member" }),
  schedules: model.hasMany(() => StaffSchedule, { mappedBy: "staff_member" }),
  schedule_exceptions: model.hasMany(() => ScheduleException, { mappedBy: "staff_member" }),
  appointment_items: model.hasMany(() => AppointmentItem, { mappedBy: "staff_member" }),
})
