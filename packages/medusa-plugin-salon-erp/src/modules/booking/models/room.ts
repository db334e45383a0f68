import { model } from "@medusajs/framework/utils"
import { ROOM_ID_PREFIX } from "../lib/constants"
import { AppointmentItem } from "./appointment-item"
import { Branch } from "./branch"

/** A room or station of a branch; services needing a room type are placed in one. */
export const Room = model
  .define("room", {
    id: model.id({ prefix: ROOM_ID_PREFIX }).primaryKey(),
    name: model.text(),
    /** Snake-case type matched against a service's `room_type`, e.g. "facial_room", "nail_station". */
    room_type: model.text(),
    is_active: model.boolean().default(true),
    branch: model.belongsTo(() => Branch, { mappedBy: "rooms" }),
    appointment_items: model.hasMany(() => AppointmentItem, { mappedBy: "room" }),
  })
  .indexes([{ on: ["branch_id", "name"], unique: true }])
