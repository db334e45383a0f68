import { model } from "@medusajs/framework/utils"
import { APPOINTMENT_HOLD_ID_PREFIX } from "../lib/constants"

/**
 * A slot held for a few minutes while a customer finishes booking or paying. It takes the
 * staff and rooms (as occupancies) until it is converted into an appointment, released or lapses.
 */
export const AppointmentHold = model
  .define("appointment_hold", {
    id: model.id({ prefix: APPOINTMENT_HOLD_ID_PREFIX }).primaryKey(),
    customer_id: model.text().nullable(),
    branch_id: model.text(),
    status: model.enum(["active", "converted", "released", "expired"]).default("active"),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    expires_at: model.dateTime(),
    /** The planned items: service, staff member, room, times, designated flag. */
    plan: model.json(),
    appointment_id: model.text().nullable(),
  })
  .indexes([{ on: ["status", "expires_at"] }])
