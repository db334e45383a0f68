import { type OutboxEventDraft, stageOutboxEvents } from "../../lib/outbox"
import type { Knex } from "./lib/db"
import type { StageEvents } from "./lib/run-operation"
import { SERVICE_PACKAGE_OUTBOX_ID_PREFIX } from "./lib/constants"
import { readReservation } from "./repositories/reservation-repository"
import type { ReleaseAnnouncement, ReservationDTO } from "./types"

type Row = Record<string, unknown>

/** Events the service package capability emits; payloads are documented in docs/service-packages.md. */
export const ServicePackageWorkflowEvents = {
  TEMPLATE_CREATED: "package_template.created",
  TEMPLATE_UPDATED: "package_template.updated",
  TEMPLATE_DELETED: "package_template.deleted",
  SOLD: "service_package.sold",
  SESSION_RESERVED: "service_package.session_reserved",
  RESERVATION_RELEASED: "service_package.reservation_released",
  SESSION_REDEEMED: "service_package.session_redeemed",
  SESSION_FORFEITED: "service_package.session_forfeited",
  ENTRY_REVERSED: "service_package.entry_reversed",
  ADJUSTED: "service_package.adjusted",
  EXPIRED: "service_package.expired",
  REFUNDED: "service_package.refunded",
  FROZEN: "service_package.frozen",
  UNFROZEN: "service_package.unfrozen",
  EXTENDED: "service_package.extended",
  TRANSFERRED: "service_package.transferred",
  EXPIRY_REMINDER_SENT: "service_package.expiry_reminder_sent",
} as const

/**
 * One ledger movement, as every session event carries it: enough for commissions, revenue and
 * reports to act without a lookup. `quantity` and `value` are signed as in the ledger (negative
 * leaves the package); `sessions` and `session_value` are positive.
 */
export type PackageMovementEventData = {
  /** The ledger entry. */
  id: string
  type: string
  operation_id: string
  package_id: string
  package_display_id: number
  package_item_id: string
  template_id: string | null
  package_name: string
  customer_id: string
  salon_service_id: string
  service_name: string
  quantity: number
  sessions: number
  value: number
  session_value: number
  currency_code: string
  remaining_after: number
  /** Where it happened (redemptions: the branch that performed the service). */
  branch_id: string | null
  /** Redemptions: who performed the service; sales: who sold it. */
  staff_member_id: string | null
  /** The branch that sold the package and who sold it (commissions on sales). */
  selling_branch_id: string | null
  sold_by_staff_member_id: string | null
  appointment_id: string | null
  appointment_item_id: string | null
  reservation_id: string | null
  /** Redemptions from an appointment: the customer asked for this staff member. */
  is_designated: boolean | null
  order_id: string | null
  order_line_item_id: string | null
  related_package_id: string | null
  reverses_entry_id: string | null
  reason: string | null
  author_type: string
  author_id: string | null
  created_at: string
}

/** Payload of service_package.sold / expired / refunded / frozen / … (package-level events). */
export type PackageEventData = {
  id: string
  display_id: number
  customer_id: string
  template_id: string | null
  name: string
  status: string
  source: string
  currency_code: string
  price_paid: number
  payment_method: string | null
  selling_branch_id: string | null
  sold_by_staff_member_id: string | null
  sold_by_user_id: string | null
  order_id: string | null
  order_line_item_id: string | null
  purchased_at: string
  expires_at: string
  operation_id: string
  items: {
    id: string
    salon_service_id: string
    service_name: string
    total_sessions: number
    remaining: number
    reserved: number
    allocated_amount: number
    value_remaining: number
  }[]
  /** The ledger entries the operation wrote (empty for freeze, unfreeze, a plain extension). */
  entries: PackageMovementEventData[]
  /** Refunds only. */
  refund?: {
    gross_amount: number
    fee_percent: number
    fee: number
    amount: number
    refund_method: string
  }
  reason?: string | null
  /** Transfers only: the package the sessions went to. */
  new_package_id?: string | null
  actor_type: string
  actor_id: string | null
}

/** Payload of service_package.session_reserved / reservation_released. */
export type ReservationEventData = {
  id: string
  status: string
  package_id: string
  package_item_id: string
  customer_id: string
  appointment_id: string
  appointment_item_id: string
  salon_service_id: string
  branch_id: string
  source: string
  release_reason: string | null
}

/** Who acted, as package events report it (the operation's author). */
export type PackageEventActor = { actor_type: string; actor_id: string | null }

/** The outbox of the service package module: its events, staged in the transaction of each change. */
export const SERVICE_PACKAGE_OUTBOX_TABLE = "service_package_outbox_event"
export { SERVICE_PACKAGE_OUTBOX_ID_PREFIX }

const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value))
const str = (value: unknown) => (value === null || value === undefined ? null : String(value))
const isoOf = (value: unknown) => new Date(value as string).toISOString()

/** The payload of service_package.session_reserved / reservation_released. */
export function reservationEventData(
  reservation: ReservationDTO & { release_reason?: string | null }
): ReservationEventData {
  return {
    id: reservation.id,
    status: reservation.status,
    package_id: reservation.package_id,
    package_item_id: reservation.package_item_id,
    customer_id: reservation.customer_id,
    appointment_id: reservation.appointment_id,
    appointment_item_id: reservation.appointment_item_id,
    salon_service_id: reservation.salon_service_id,
    branch_id: reservation.branch_id,
    source: reservation.source,
    release_reason: reservation.release_reason ?? null,
  }
}

/**
 * Ledger entries as event payloads, in id order, read with the caller's connection (inside the
 * transaction that wrote them, so the payload is exactly what commits).
 */
export async function readMovements(
  knex: Knex,
  entryIds: string[],
  designated: Record<string, boolean> = {}
): Promise<PackageMovementEventData[]> {
  if (!entryIds.length) return []
  const entries: Row[] = await knex("package_ledger_entry as e")
    .join("customer_package_item as i", "i.id", "e.package_item_id")
    .join("customer_package as p", "p.id", "e.package_id")
    .select(
      "e.*",
      "i.service_name",
      "p.display_id as package_display_id",
      "p.template_id",
      "p.name as package_name",
      "p.selling_branch_id",
      "p.sold_by_staff_member_id"
    )
    .whereIn("e.id", entryIds)
  entries.sort((a, b) => String(a.id).localeCompare(String(b.id)))
  return entries.map((entry) => {
    const appointmentItemId = str(entry.appointment_item_id)
    return {
      id: entry.id as string,
      type: entry.type as string,
      operation_id: entry.operation_id as string,
      package_id: entry.package_id as string,
      package_display_id: num(entry.package_display_id),
      package_item_id: entry.package_item_id as string,
      template_id: str(entry.template_id),
      package_name: String(entry.package_name ?? ""),
      customer_id: entry.customer_id as string,
      salon_service_id: entry.salon_service_id as string,
      service_name: String(entry.service_name ?? ""),
      quantity: num(entry.quantity),
      sessions: Math.abs(num(entry.quantity)),
      value: num(entry.value),
      session_value: num(entry.session_value),
      currency_code: entry.currency_code as string,
      remaining_after: num(entry.remaining_after),
      branch_id: str(entry.branch_id),
      staff_member_id: str(entry.staff_member_id),
      selling_branch_id: str(entry.selling_branch_id),
      sold_by_staff_member_id: str(entry.sold_by_staff_member_id),
      appointment_id: str(entry.appointment_id),
      appointment_item_id: appointmentItemId,
      reservation_id: str(entry.reservation_id),
      is_designated:
        appointmentItemId && appointmentItemId in designated ? designated[appointmentItemId] : null,
      order_id: str(entry.order_id),
      order_line_item_id: str(entry.order_line_item_id),
      related_package_id: str(entry.related_package_id),
      reverses_entry_id: str(entry.reverses_entry_id),
      reason: str(entry.reason),
      author_type: entry.author_type as string,
      author_id: str(entry.author_id),
      created_at: isoOf(entry.created_at),
    }
  })
}

/** A package as its package-level event reports it, with the entries the operation wrote. */
export async function readPackageEvent(
  knex: Knex,
  operation: { package_id: string; operation_id: string; entry_ids: string[] },
  actor: PackageEventActor,
  extra: Partial<PackageEventData> = {}
): Promise<PackageEventData> {
  const pkg: Row = await knex("customer_package")
    .select(
      "id",
      "display_id",
      "customer_id",
      "template_id",
      "name",
      "status",
      "source",
      "currency_code",
      "price_paid",
      "payment_method",
      "selling_branch_id",
      "sold_by_staff_member_id",
      "sold_by_user_id",
      "order_id",
      "order_line_item_id",
      "purchased_at",
      "expires_at"
    )
    .where({ id: operation.package_id })
    .first()
  const items: Row[] = await knex("customer_package_item")
    .select(
      "id",
      "salon_service_id",
      "service_name",
      "total_sessions",
      "remaining",
      "reserved",
      "allocated_amount",
      "value_remaining"
    )
    .where({ package_id: operation.package_id })
    .whereNull("deleted_at")
    .orderBy("position")
  return {
    id: pkg.id as string,
    display_id: num(pkg.display_id),
    customer_id: pkg.customer_id as string,
    template_id: str(pkg.template_id),
    name: pkg.name as string,
    status: pkg.status as string,
    source: pkg.source as string,
    currency_code: pkg.currency_code as string,
    price_paid: num(pkg.price_paid),
    payment_method: str(pkg.payment_method),
    selling_branch_id: str(pkg.selling_branch_id),
    sold_by_staff_member_id: str(pkg.sold_by_staff_member_id),
    sold_by_user_id: str(pkg.sold_by_user_id),
    order_id: str(pkg.order_id),
    order_line_item_id: str(pkg.order_line_item_id),
    purchased_at: isoOf(pkg.purchased_at),
    expires_at: isoOf(pkg.expires_at),
    operation_id: operation.operation_id,
    items: items.map((item) => ({
      id: item.id as string,
      salon_service_id: item.salon_service_id as string,
      service_name: item.service_name as string,
      total_sessions: num(item.total_sessions),
      remaining: num(item.remaining),
      reserved: num(item.reserved),
      allocated_amount: num(item.allocated_amount),
      value_remaining: num(item.value_remaining),
    })),
    entries: await readMovements(knex, operation.entry_ids),
    actor_type: actor.actor_type,
    actor_id: actor.actor_id,
    ...extra,
  }
}

/** Writes events to the module's outbox in the transaction of the change they report. */
export async function stageEvents(trx: Knex, events: OutboxEventDraft[]) {
  await stageOutboxEvents(
    trx as Parameters<typeof stageOutboxEvents>[0],
    SERVICE_PACKAGE_OUTBOX_TABLE,
    SERVICE_PACKAGE_OUTBOX_ID_PREFIX,
    events
  )
}

export function templateEvent(name: string, templateId: string): OutboxEventDraft {
  return { event_name: name, aggregate_id: templateId, data: { id: templateId } }
}

/** One package-level event (sold, expired, refunded …) about the operation's package. */
export function packageEvent(
  name: string,
  extra: (done: { new_package_id?: string | null }) => Partial<PackageEventData> = () => ({})
): StageEvents {
  return async (trx, done, op) => [
    {
      event_name: name,
      aggregate_id: done.package_id,
      data: await readPackageEvent(
        trx,
        done,
        { actor_type: op.author_type, actor_id: op.author_id },
        extra(done)
      ),
    },
  ]
}

/** One session event per ledger entry the operation wrote (of the given types). */
export function movementEvents(
  name: string,
  { types, designated }: { types?: string[]; designated?: Record<string, boolean> } = {}
): StageEvents {
  return async (trx, done) =>
    (await readMovements(trx, done.entry_ids, designated))
      .filter((movement) => !types || types.includes(movement.type))
      .map((movement) => ({
        event_name: name,
        aggregate_id: movement.package_id,
        data: movement,
      }))
}

/** A reservation event; its aggregate is the appointment (reserved, released, replaced). */
export function reservationEvent(
  name: string,
  reservation: ReservationDTO & { release_reason?: string | null },
  announce: Exclude<ReleaseAnnouncement, null> = "reservation"
): OutboxEventDraft {
  return {
    event_name: name,
    aggregate_id: reservation.appointment_id,
    data: announce === "id" ? { id: reservation.id } : reservationEventData(reservation),
  }
}

/** `service_package.reservation_released`, read after the release in its transaction. */
export async function releasedEvent(
  trx: Knex,
  reservationId: string,
  announce: Exclude<ReleaseAnnouncement, null>
): Promise<OutboxEventDraft> {
  const released = await readReservation(trx, reservationId)
  return reservationEvent(ServicePackageWorkflowEvents.RESERVATION_RELEASED, released, announce)
}
