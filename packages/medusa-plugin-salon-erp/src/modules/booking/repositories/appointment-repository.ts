import { MedusaError, generateEntityId } from "@medusajs/framework/utils"
import { APPOINTMENT_ITEM_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { UPCOMING_STATUSES } from "../lib/status"
import { BOOKING_OUTBOX_TABLE } from "../models/outbox-event"
import type {
  AppointmentSnapshot,
  AppointmentStatus,
  PlannedBooking,
  StaffPerformanceRow,
  UpcomingAppointmentFilter,
  UpcomingAppointmentRow,
} from "../types"

export type NewAppointment = {
  id: string
  customer_id: string
  branch_id: string
  source: string
  starts_at: Date
  ends_at: Date
  notes: string | null
  internal_note: string | null
  idempotency_key: string | null
  created_by: string | null
  hold_id: string | null
  order_id: string | null
  metadata: Record<string, unknown> | null
}

export async function findByIdempotencyKey(
  knex: Knex,
  key: string
): Promise<{ id: string; customer_id: string } | undefined> {
  return await knex("appointment")
    .select("id", "customer_id")
    .where({ idempotency_key: key })
    .whereNull("deleted_at")
    .first()
}

export async function insertAppointment(trx: Knex, appointment: NewAppointment): Promise<void> {
  await trx("appointment").insert({
    ...appointment,
    status: "booked",
    metadata: appointment.metadata ? JSON.stringify(appointment.metadata) : null,
  })
}

/** Writes the planned items of an appointment; returns their ids, in the plan's order. */
export async function insertItems(
  trx: Knex,
  appointmentId: string,
  planned: PlannedBooking
): Promise<string[]> {
  const items = planned.items.map((item) => ({
    id: generateEntityId(undefined, APPOINTMENT_ITEM_ID_PREFIX),
    appointment_id: appointmentId,
    position: item.position,
    starts_at: new Date(item.starts_at),
    ends_at: new Date(item.ends_at),
    is_designated: item.is_designated,
    salon_service_id: item.salon_service_id,
    staff_member_id: item.staff_member_id,
    room_id: item.room_id,
    service_name: item.service.name,
    variant_id: item.service.variant_id,
    duration_minutes: item.service.duration_minutes,
    processing_minutes: item.service.processing_minutes,
    buffer_after_minutes: item.service.buffer_after_minutes,
  }))
  await trx("appointment_item").insert(items)
  return items.map((item) => item.id)
}

/**
 * Hard-deletes an appointment written by a booking, with its items and its unpublished events
 * (a compensation undoing its own insert). The caller deletes the occupancies first.
 */
export async function eraseAppointment(trx: Knex, appointmentId: string): Promise<void> {
  await trx("appointment_item").where({ appointment_id: appointmentId }).delete()
  await trx("appointment").where({ id: appointmentId }).delete()
  await trx(BOOKING_OUTBOX_TABLE).where({ aggregate_id: appointmentId, status: "pending" }).delete()
}

/** Locks an appointment not deleted FOR UPDATE: status changes on it run one after the other. */
export async function lockForTransition(
  trx: Knex,
  appointmentId: string
): Promise<{ id: string; display_id: number; status: AppointmentStatus } | undefined> {
  return await trx("appointment")
    .select("id", "display_id", "status")
    .where({ id: appointmentId })
    .whereNull("deleted_at")
    .forUpdate()
    .first()
}

/** Locks an appointment FOR UPDATE before a move; its status and start as they are now. */
export async function lockForMove(
  trx: Knex,
  appointmentId: string
): Promise<{ status: AppointmentStatus; starts_at: Date } | undefined> {
  return await trx("appointment")
    .select("status", "starts_at")
    .where({ id: appointmentId })
    .forUpdate()
    .first()
}

/** Sets the status, stamping `timestampColumn` now, with other fields of the change. */
export async function setStatus(
  trx: Knex,
  appointmentId: string,
  status: AppointmentStatus,
  timestampColumn: string,
  patch: Record<string, unknown>
): Promise<void> {
  await trx("appointment")
    .update({ ...patch, status, [timestampColumn]: trx.fn.now(), updated_at: trx.fn.now() })
    .where({ id: appointmentId })
}

/** Puts back a snapshot's status and fields. */
export async function restoreStatus(trx: Knex, snapshot: AppointmentSnapshot): Promise<void> {
  await trx("appointment")
    .update({ status: snapshot.status, ...snapshot.fields, updated_at: trx.fn.now() })
    .where({ id: snapshot.id })
}

export async function cancellationOf(
  trx: Knex,
  appointmentId: string
): Promise<{ canceled_by: string | null; is_late_cancellation: boolean }> {
  return await trx("appointment")
    .select("canceled_by", "is_late_cancellation")
    .where({ id: appointmentId })
    .first()
}

/** Records the paying order unless another order paid it; false when refused or not found. */
export async function linkOrder(trx: Knex, appointmentId: string, orderId: string) {
  const updated = await trx("appointment")
    .update({ order_id: orderId, updated_at: trx.fn.now() })
    .where({ id: appointmentId })
    .where((paid: ReturnType<Knex>) => paid.whereNull("order_id").orWhere("order_id", orderId))
    .whereNull("deleted_at")
  return !!updated
}

export async function paidBy(
  knex: Knex,
  appointmentId: string
): Promise<{ display_id: number; order_id: string | null } | undefined> {
  return await knex("appointment")
    .select("display_id", "order_id")
    .where({ id: appointmentId })
    .first()
}

export async function unlinkOrder(trx: Knex, appointmentIds: string[], orderId: string) {
  await trx("appointment")
    .update({ order_id: null, updated_at: trx.fn.now() })
    .whereIn("id", appointmentIds)
    .where({ order_id: orderId })
}

/** Moves the items to their planned times and resources, and the appointment's span with them. */
export async function moveAppointment(
  trx: Knex,
  current: AppointmentSnapshot,
  planned: PlannedBooking,
  span: { starts_at: Date; ends_at: Date }
): Promise<void> {
  for (const [index, item] of current.items.entries()) {
    const next = planned.items[index]
    await trx("appointment_item")
      .update({
        starts_at: new Date(next.starts_at),
        ends_at: new Date(next.ends_at),
        staff_member_id: next.staff_member_id,
        room_id: next.room_id,
        updated_at: trx.fn.now(),
      })
      .where({ id: item.id })
  }
  await trx("appointment")
    .update({ ...span, reminder_sent_at: null, updated_at: trx.fn.now() })
    .where({ id: current.id })
}

/** The appointment with its items, as the given connection sees it (a transaction, its own change). */
export async function readSnapshot(
  knex: Knex,
  appointmentId: string
): Promise<AppointmentSnapshot & { display_id: number; timezone: string }> {
  const appointment = await knex("appointment as a")
    .join("branch as b", "b.id", "a.branch_id")
    .select("a.*", "b.timezone")
    .where("a.id", appointmentId)
    .whereNull("a.deleted_at")
    .first()
  if (!appointment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Appointment with id: ${appointmentId} was not found`
    )
  }
  const items = await knex("appointment_item")
    .select(
      "id",
      "position",
      "salon_service_id",
      "staff_member_id",
      "room_id",
      "variant_id",
      "is_designated",
      "starts_at",
      "ends_at"
    )
    .where({ appointment_id: appointmentId })
    .whereNull("deleted_at")
    .orderBy("position")
  const iso = (value: Date | string) => new Date(value).toISOString()
  return {
    id: appointment.id,
    display_id: Number(appointment.display_id),
    status: appointment.status,
    starts_at: iso(appointment.starts_at),
    ends_at: iso(appointment.ends_at),
    customer_id: appointment.customer_id,
    branch_id: appointment.branch_id,
    timezone: appointment.timezone,
    items: items.map((item) => ({
      ...item,
      starts_at: iso(item.starts_at),
      ends_at: iso(item.ends_at),
    })),
    fields: {
      confirmed_at: appointment.confirmed_at,
      checked_in_at: appointment.checked_in_at,
      started_at: appointment.started_at,
      completed_at: appointment.completed_at,
      canceled_at: appointment.canceled_at,
      no_show_at: appointment.no_show_at,
      canceled_by: appointment.canceled_by,
      cancellation_reason: appointment.cancellation_reason,
      is_late_cancellation: appointment.is_late_cancellation,
      internal_note: appointment.internal_note,
    },
  }
}

/** The first 20 upcoming (booked or confirmed) appointments matching the filter, by start. */
export async function listUpcomingAffected(
  knex: Knex,
  filter: UpcomingAppointmentFilter
): Promise<UpcomingAppointmentRow[]> {
  const query = knex("appointment as a")
    .distinct("a.id", "a.display_id", "a.starts_at", "b.timezone")
    .join("appointment_item as i", "i.appointment_id", "a.id")
    .join("branch as b", "b.id", "a.branch_id")
    .whereIn("a.status", UPCOMING_STATUSES)
    .where("a.ends_at", ">", filter.from ?? new Date())
    .whereNull("a.deleted_at")
    .orderBy("a.starts_at")
    .limit(20)
  if (filter.to) query.where("a.starts_at", "<", filter.to)
  if (filter.local_from)
    query.whereRaw(`(a.starts_at AT TIME ZONE b.timezone)::date >= ?::date`, [filter.local_from])
  if (filter.local_to)
    query.whereRaw(`(a.starts_at AT TIME ZONE b.timezone)::date <= ?::date`, [filter.local_to])
  if (filter.branch_id) query.where("a.branch_id", filter.branch_id)
  if (filter.branch_ids) query.whereIn("a.branch_id", filter.branch_ids)
  if (filter.exclude_branch_ids)
    query.whereNotIn(
      "a.branch_id",
      filter.exclude_branch_ids.length ? filter.exclude_branch_ids : [""]
    )
  if (filter.staff_member_id) query.where("i.staff_member_id", filter.staff_member_id)
  if (filter.room_id) query.where("i.room_id", filter.room_id)
  if (filter.salon_service_id) query.where("i.salon_service_id", filter.salon_service_id)
  return await query
}

/** Services performed per staff member and branch by appointments completed in [from, to). */
export async function performanceByStaff(
  knex: Knex,
  filter: { from: Date; to: Date; branch_id?: string | null }
): Promise<StaffPerformanceRow[]> {
  const query = knex("appointment_item as item")
    .join("appointment as appt", "appt.id", "item.appointment_id")
    .select(
      "item.staff_member_id",
      "appt.branch_id",
      knex.raw("count(*)::int as services_performed"),
      knex.raw("count(distinct appt.customer_id)::int as customers_served"),
      knex.raw("count(*) filter (where item.is_designated)::int as designated_services"),
      knex.raw("coalesce(sum(item.duration_minutes), 0)::int as service_minutes")
    )
    .where("appt.status", "completed")
    .where("appt.completed_at", ">=", filter.from)
    .where("appt.completed_at", "<", filter.to)
    .whereNull("appt.deleted_at")
    .whereNull("item.deleted_at")
    .groupBy("item.staff_member_id", "appt.branch_id")
  if (filter.branch_id) query.where("appt.branch_id", filter.branch_id)
  return await query
}

/** Upcoming appointments starting before `until` that have had no reminder, soonest first. */
export async function dueForReminder(knex: Knex, until: Date, limit: number): Promise<string[]> {
  const rows = await knex("appointment")
    .select("id")
    .whereIn("status", UPCOMING_STATUSES)
    .whereNull("reminder_sent_at")
    .where("starts_at", ">", knex.fn.now())
    .where("starts_at", "<=", until)
    .whereNull("deleted_at")
    .orderBy("starts_at")
    .limit(limit)
  return rows.map((row) => row.id)
}

/** Stamps the reminder as sent unless it already was: true for exactly one caller. */
export async function claimReminder(trx: Knex, appointmentId: string): Promise<boolean> {
  const claimed = await trx("appointment")
    .update({ reminder_sent_at: trx.fn.now() })
    .where({ id: appointmentId })
    .whereNull("reminder_sent_at")
    .returning("id")
  return claimed.length === 1
}

export async function unclaimReminder(trx: Knex, appointmentId: string): Promise<void> {
  await trx("appointment").update({ reminder_sent_at: null }).where({ id: appointmentId })
}
