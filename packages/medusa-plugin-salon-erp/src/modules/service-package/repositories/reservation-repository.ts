import { generateEntityId } from "@medusajs/framework/utils"
import { RESERVATION_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { reservationNotFound } from "../lib/errors"
import type { EligiblePackageItem, ReservationDTO, ReserveSessionInput } from "../types"

/**
 * Package items of a customer for a service at a branch and time, soonest-expiring first:
 * active, valid at that time, allowed at the branch, with an unreserved session.
 */
export async function eligibleItems(
  knex: Knex,
  filter: { customer_id: string; salon_service_id: string; branch_id: string; at?: string | Date }
): Promise<EligiblePackageItem[]> {
  const at = new Date(filter.at ?? Date.now())
  const rows = await knex("customer_package_item as i")
    .join("customer_package as p", "p.id", "i.package_id")
    .select(
      "p.id as package_id",
      "i.id as package_item_id",
      "p.name",
      "p.expires_at",
      "p.branch_scope",
      "p.selling_branch_id",
      "i.remaining",
      "i.reserved"
    )
    .where({ "p.customer_id": filter.customer_id, "p.status": "active" })
    .where("i.salon_service_id", filter.salon_service_id)
    .where("p.expires_at", ">", at)
    .where("p.expires_at", ">", knex.fn.now())
    .whereRaw("i.remaining - i.reserved >= 1")
    .where((scope) =>
      scope
        .where("p.branch_scope", "all_branches")
        .orWhere("p.selling_branch_id", filter.branch_id)
        .orWhereNull("p.selling_branch_id")
    )
    .whereNull("p.deleted_at")
    .whereNull("i.deleted_at")
    .orderBy([
      { column: "p.expires_at", order: "asc" },
      { column: "p.purchased_at", order: "asc" },
      { column: "p.id", order: "asc" },
    ])
  return rows.map((row: Record<string, unknown>) => ({
    package_id: row.package_id as string,
    package_item_id: row.package_item_id as string,
    name: row.name as string,
    expires_at: row.expires_at as Date,
    branch_scope: row.branch_scope as string,
    selling_branch_id: (row.selling_branch_id as string | null) ?? null,
    remaining: row.remaining as number,
    reserved: row.reserved as number,
    available: (row.remaining as number) - (row.reserved as number),
  }))
}

export async function readReservation(
  knex: Knex,
  reservationId: string
): Promise<ReservationDTO & { ledger_entry_id: string | null }> {
  const reservation = await knex("package_reservation")
    .select("*")
    .where({ id: reservationId })
    .whereNull("deleted_at")
    .first()
  if (!reservation) throw reservationNotFound(reservationId)
  return reservation
}

/** The reservation holding a session for an appointment item, if any. */
export async function activeReservation(
  knex: Knex,
  appointmentItemId: string
): Promise<ReservationDTO | null> {
  return ((await knex("package_reservation")
    .select("*")
    .where({ appointment_item_id: appointmentItemId, status: "reserved" })
    .whereNull("deleted_at")
    .first()) ?? null) as ReservationDTO | null
}

export async function insertReservation(
  trx: Knex,
  input: ReserveSessionInput,
  item: { package_id: string; package_item_id: string }
): Promise<ReservationDTO> {
  const reservation = {
    id: generateEntityId(undefined, RESERVATION_ID_PREFIX),
    package_id: item.package_id,
    package_item_id: item.package_item_id,
    customer_id: input.customer_id,
    appointment_id: input.appointment_id,
    appointment_item_id: input.appointment_item_id,
    salon_service_id: input.salon_service_id,
    branch_id: input.branch_id,
    status: "reserved" as const,
    source: input.source,
    created_by: input.created_by ?? null,
  }
  await trx("package_reservation").insert(reservation)
  return reservation as ReservationDTO
}

/**
 * Moves a reservation out of `reserved` (released, redeemed or forfeited); false when it was no
 * longer reserved, so exactly one caller settles it.
 */
export async function resolveReservation(
  trx: Knex,
  reservationId: string,
  status: "released" | "redeemed" | "forfeited",
  releaseReason: string | null
): Promise<boolean> {
  const updated = await trx("package_reservation")
    .update({
      status,
      release_reason: releaseReason,
      resolved_at: trx.fn.now(),
      updated_at: trx.fn.now(),
    })
    .where({ id: reservationId, status: "reserved" })
    .returning("id")
  return updated.length > 0
}

export async function linkLedgerEntry(trx: Knex, reservationId: string, entryId: string) {
  await trx("package_reservation").update({ ledger_entry_id: entryId }).where({ id: reservationId })
}

/** Puts a resolved reservation back to `reserved`; false when it already was. */
export async function reopenReservation(trx: Knex, reservationId: string): Promise<boolean> {
  const reopened = await trx("package_reservation")
    .update({
      status: "reserved",
      release_reason: null,
      resolved_at: null,
      ledger_entry_id: null,
      updated_at: trx.fn.now(),
    })
    .where({ id: reservationId })
    .whereNot({ status: "reserved" })
    .returning("id")
  return reopened.length > 0
}
