import { model } from "@medusajs/framework/utils"
import { APPOINTMENT_ID_PREFIX } from "../lib/constants"
import { AppointmentItem } from "./appointment-item"
import { Branch } from "./branch"

export const APPOINTMENT_STATUSES = [
  "booked",
  "confirmed",
  "checked_in",
  "in_service",
  "completed",
  "canceled",
  "no_show",
] as const

export const APPOINTMENT_SOURCES = ["online", "front_desk", "phone", "walk_in"] as const

/** A customer's visit: one or more services in sequence at one branch. */
export const Appointment = model
  .define("appointment", {
    id: model.id({ prefix: APPOINTMENT_ID_PREFIX }).primaryKey(),
    display_id: model.autoincrement(),
    customer_id: model.text(),
    status: model.enum([...APPOINTMENT_STATUSES]).default("booked"),
    source: model.enum([...APPOINTMENT_SOURCES]).default("front_desk"),
    /** Start of the first service and end of the last (client-facing, without turnover). */
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** Note from the customer, visible to them. */
    notes: model.text().nullable(),
    /** Staff-only note. */
    internal_note: model.text().nullable(),
    /** A retried booking request with the same key returns this appointment instead of booking twice. */
    idempotency_key: model.text().nullable(),
    /** Actor who booked: an admin user id or a customer id. */
    created_by: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    checked_in_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    completed_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    no_show_at: model.dateTime().nullable(),
    canceled_by: model.enum(["customer", "staff", "system"]).nullable(),
    cancellation_reason: model.text().nullable(),
    /** Canceled by the customer side after the cancellation cut-off (package and deposit rules use it). */
    is_late_cancellation: model.boolean().default(false),
    reminder_sent_at: model.dateTime().nullable(),
    /** The hold this appointment was booked from, if any. */
    hold_id: model.text().nullable(),
    /** The Medusa order that paid for it, when booked and paid online. */
    order_id: model.text().nullable(),
    metadata: model.json().nullable(),
    branch: model.belongsTo(() => Branch, { mappedBy: "appointments" }),
    items: model.hasMany(() => AppointmentItem, { mappedBy: "appointment" }),
  })
  .indexes([
    {
      on: ["idempotency_key"],
      unique: true,
      where: "idempotency_key IS NOT NULL AND deleted_at IS NULL",
    },
    { on: ["customer_id", "starts_at"] },
    { on: ["branch_id", "starts_at"] },
    { on: ["status", "starts_at"] },
  ])
  .checks([{ name: "appointment_time_order", expression: (c) => `${c.starts_at} < ${c.ends_at}` }])
  .cascades({ delete: ["items"] })
