import { model } from "@medusajs/framework/utils"
import { APPOINTMENT_ITEM_ID_PREFIX } from "../lib/constants"
import { Appointment } from "./appointment"
import { Room } from "./room"
import { SalonService } from "./salon-service"
import { StaffMember } from "./staff-member"

/** One service of an appointment, with who performs it, where, and when. */
export const AppointmentItem = model
  .define("appointment_item", {
    id: model.id({ prefix: APPOINTMENT_ITEM_ID_PREFIX }).primaryKey(),
    position: model.number(),
    /** When the service starts and when the client leaves (duration + processing). */
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** The customer asked for this staff member (点客); commissions may pay more for it. */
    is_designated: model.boolean().default(false),
    /** Snapshot of the service at booking, so later edits to the service do not rewrite history. */
    service_name: model.text(),
    variant_id: model.text(),
    duration_minutes: model.number(),
    processing_minutes: model.number().default(0),
    buffer_after_minutes: model.number().default(0),
    appointment: model.belongsTo(() => Appointment, { mappedBy: "items" }),
    salon_service: model.belongsTo(() => SalonService, { mappedBy: "appointment_items" }),
    staff_member: model.belongsTo(() => StaffMember, { mappedBy: "appointment_items" }),
    room: model.belongsTo(() => Room, { mappedBy: "appointment_items" }).nullable(),
  })
  .indexes([{ on: ["staff_member_id", "starts_at"] }])
