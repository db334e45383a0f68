import { model } from "@medusajs/framework/utils"
import { OCCUPANCY_ID_PREFIX } from "../lib/constants"

/**
 * A time range during which a staff member or a room is taken, by an appointment item or a
 * hold. The migration adds exclusion constraints so that two active occupancies of one staff
 * member (or one room) can never overlap, whatever races happen.
 */
export const Occupancy = model
  .define("occupancy", {
    id: model.id({ prefix: OCCUPANCY_ID_PREFIX }).primaryKey(),
    resource_kind: model.enum(["staff", "room"]),
    staff_member_id: model.text().nullable(),
    room_id: model.text().nullable(),
    branch_id: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    appointment_id: model.text().nullable(),
    appointment_item_id: model.text().nullable(),
    hold_id: model.text().nullable(),
    /** Holds lapse at this time; expired holds are released before anything else is booked. */
    expires_at: model.dateTime().nullable(),
    is_active: model.boolean().default(true),
  })
  .indexes([
    {
      on: ["staff_member_id", "starts_at"],
      where: "is_active = true AND staff_member_id IS NOT NULL",
    },
    { on: ["room_id", "starts_at"], where: "is_active = true AND room_id IS NOT NULL" },
    { on: ["appointment_id"], where: "appointment_id IS NOT NULL" },
    { on: ["hold_id"], where: "hold_id IS NOT NULL" },
  ])
  .checks([
    { name: "occupancy_time_order", expression: (c) => `${c.starts_at} < ${c.ends_at}` },
    {
      name: "occupancy_resource",
      expression: (c) =>
        `(${c.resource_kind} = 'staff' AND ${c.staff_member_id} IS NOT NULL AND ${c.room_id} IS NULL) OR (${c.resource_kind} = 'room' AND ${c.room_id} IS NOT NULL AND ${c.staff_member_id} IS NULL)`,
    },
  ])
