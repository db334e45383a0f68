import { model } from "@medusajs/framework/utils"
import { BRANCH_ID_PREFIX } from "../lib/constants"
import { BranchOpeningHours } from "./branch-opening-hours"
import { BranchClosure } from "./branch-closure"
import { Room } from "./room"
import { StaffBranch } from "./staff-branch"
import { StaffSchedule } from "./staff-schedule"
import { Appointment } from "./appointment"

/** A shop of the chain: where appointments happen. Its stock location and sales channel are module links. */
export const Branch = model
  .define("branch", {
    id: model.id({ prefix: BRANCH_ID_PREFIX }).primaryKey(),
    name: model.text().searchable(),
    /** Short unique code used on receipts and in exports, e.g. "SH-JA". */
    code: model.text(),
    /** IANA time zone; opening hours, schedules and availability are in this zone's wall time. */
    timezone: model.text().default("Asia/Shanghai"),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    address: model.text().nullable(),
    /** Admin user who manages the branch (alerts and escalations go to them). */
    manager_user_id: model.text().nullable(),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    opening_hours: model.hasMany(() => BranchOpeningHours, { mappedBy: "branch" }),
    closures: model.hasMany(() => BranchClosure, { mappedBy: "branch" }),
    rooms: model.hasMany(() => Room, { mappedBy: "branch" }),
    staff_branches: model.hasMany(() => StaffBranch, { mappedBy: "branch" }),
    schedules: model.hasMany(() => StaffSchedule, { mappedBy: "branch" }),
    appointments: model.hasMany(() => Appointment, { mappedBy: "branch" }),
  })
  .indexes([{ on: ["code"], unique: true }])
  .cascades({ delete: ["opening_hours", "closures"] })
