import { model } from "@medusajs/framework/utils"
import { SALON_SERVICE_ID_PREFIX } from "../lib/constants"
import { AppointmentItem } from "./appointment-item"
import { StaffService } from "./staff-service"

/**
 * Something performed on a customer. Priced and sold as the linked Medusa product variant
 * (`variant_id`), so carts, orders, promotions and taxes treat it like any product.
 */
export const SalonService = model
  .define("salon_service", {
    id: model.id({ prefix: SALON_SERVICE_ID_PREFIX }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    /** Category used in reports and commissions, e.g. "facial", "massage", "nails", "lashes". */
    category: model.text().nullable(),
    variant_id: model.text(),
    /** Time the technician works on the client; staff and room are occupied. */
    duration_minutes: model.number(),
    /** Time after `duration` the client stays in the room while the technician is free (mask, curing). */
    processing_minutes: model.number().default(0),
    /** Turnover after the client leaves (clean-up); staff and room are blocked. */
    buffer_after_minutes: model.number().default(0),
    /** Room type needed, matched against `room.room_type`; null means no room is needed. */
    room_type: model.text().nullable(),
    /** Recommended interval between visits, for care-cycle reminders. */
    revisit_interval_days: model.number().nullable(),
    is_bookable_online: model.boolean().default(true),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
    staff_services: model.hasMany(() => StaffService, { mappedBy: "salon_service" }),
    appointment_items: model.hasMany(() => AppointmentItem, { mappedBy: "salon_service" }),
  })
  .indexes([{ on: ["variant_id"], unique: true }])
  .checks([
    { name: "salon_service_duration_positive", expression: (c) => `${c.duration_minutes} > 0` },
    { name: "salon_service_processing_range", expression: (c) => `${c.processing_minutes} >= 0` },
    { name: "salon_service_buffer_range", expression: (c) => `${c.buffer_after_minutes} >= 0` },
  ])
