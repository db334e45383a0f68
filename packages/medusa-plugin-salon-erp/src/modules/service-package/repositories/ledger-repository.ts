import { generateEntityId } from "@medusajs/framework/utils"
import { CUSTOMER_PACKAGE_ITEM_ID_PREFIX, LEDGER_ENTRY_ID_PREFIX } from "../lib/constants"
import { type Knex, isUniqueViolation } from "../lib/db"
import { alreadyReversed } from "../lib/errors"
import { type Cents, moneyColumns, toCents } from "../lib/money"
import type {
  EntryRow,
  ItemRow,
  Movement,
  OpContext,
  PackageRow,
  ReconciliationResult,
} from "../types"

/** Locks items of a package (all, or those matching a filter) in id order. */
export async function lockItems(
  trx: Knex,
  packageId: string,
  filter: { id?: string; salon_service_id?: string } = {}
): Promise<ItemRow[]> {
  const rows = await trx("customer_package_item")
    .select(
      "id",
      "package_id",
      "position",
      "salon_service_id",
      "service_name",
      "total_sessions",
      "remaining",
      "reserved",
      "value_remaining"
    )
    .where({ package_id: packageId, ...filter })
    .whereNull("deleted_at")
    .orderBy("id")
    .forUpdate()
  return rows.map((row: Record<string, unknown>) => ({
    ...(row as unknown as ItemRow),
    value: toCents(row.value_remaining),
  }))
}

/** A package's items in position order, read without a lock (for a refund quote). */
export async function readItems(
  knex: Knex,
  packageId: string
): Promise<Pick<ItemRow, "id" | "salon_service_id" | "service_name" | "remaining" | "value">[]> {
  const items = await knex("customer_package_item")
    .select("id", "salon_service_id", "service_name", "remaining", "value_remaining")
    .where({ package_id: packageId })
    .whereNull("deleted_at")
    .orderBy("position")
  return items.map((item: Record<string, unknown>) => ({
    id: item.id as string,
    salon_service_id: item.salon_service_id as string,
    service_name: item.service_name as string,
    remaining: item.remaining as number,
    value: toCents(item.value_remaining),
  }))
}

export type NewItem = {
  package_id: string
  position: number
  salon_service_id: string
  service_name: string
  total_sessions: number
  remaining: number
  allocated: Cents
  value: Cents
}

/** Inserts an item with its opening balances; returns its id. */
export async function insertItem(trx: Knex, item: NewItem): Promise<string> {
  const id = generateEntityId(undefined, CUSTOMER_PACKAGE_ITEM_ID_PREFIX)
  await trx("customer_package_item").insert({
    id,
    package_id: item.package_id,
    position: item.position,
    salon_service_id: item.salon_service_id,
    service_name: item.service_name,
    total_sessions: item.total_sessions,
    remaining: item.remaining,
    reserved: 0,
    ...moneyColumns("allocated_amount", item.allocated),
    ...moneyColumns("value_remaining", item.value),
  })
  return id
}

export async function updateBalances(
  trx: Knex,
  itemId: string,
  balances: { remaining: number; reserved: number; value: Cents }
) {
  await trx("customer_package_item")
    .update({
      remaining: balances.remaining,
      reserved: balances.reserved,
      ...moneyColumns("value_remaining", balances.value),
      updated_at: trx.fn.now(),
    })
    .where({ id: itemId })
}

/** Sets the reserved count of a locked item (a reservation made, released or reopened). */
export async function setReserved(trx: Knex, itemId: string, reserved: number) {
  await trx("customer_package_item")
    .update({ reserved, updated_at: trx.fn.now() })
    .where({ id: itemId })
}

/** Appends a ledger entry; an entry reversed twice is refused by its unique index. */
export async function insertEntry(
  trx: Knex,
  op: OpContext,
  pkg: Pick<PackageRow, "id" | "customer_id" | "currency_code">,
  item: Pick<ItemRow, "id" | "salon_service_id">,
  movement: Movement,
  remainingAfter: number
): Promise<string> {
  const id = generateEntityId(undefined, LEDGER_ENTRY_ID_PREFIX)
  const perSession = Math.floor(Math.abs(movement.value) / Math.abs(movement.quantity) + 0.5)
  try {
    await trx("package_ledger_entry").insert({
      id,
      type: movement.type,
      package_id: pkg.id,
      customer_id: pkg.customer_id,
      package_item_id: item.id,
      salon_service_id: item.salon_service_id,
      quantity: movement.quantity,
      remaining_after: remainingAfter,
      ...moneyColumns("value", movement.value),
      ...moneyColumns("session_value", perSession),
      currency_code: pkg.currency_code,
      branch_id: movement.branch_id ?? null,
      staff_member_id: movement.staff_member_id ?? null,
      appointment_id: movement.appointment_id ?? null,
      appointment_item_id: movement.appointment_item_id ?? null,
      reservation_id: movement.reservation_id ?? null,
      order_id: movement.order_id ?? null,
      order_line_item_id: movement.order_line_item_id ?? null,
      related_package_id: movement.related_package_id ?? null,
      reverses_entry_id: movement.reverses_entry_id ?? null,
      reason: movement.reason ?? null,
      author_type: op.author_type,
      author_id: op.author_id,
      idempotency_key: op.idempotency_key,
      operation_id: op.id,
    })
  } catch (error) {
    if (isUniqueViolation(error, /reverses_entry_id/)) {
      throw alreadyReversed(movement.reverses_entry_id)
    }
    throw error
  }
  return id
}

/** An entry of a package (deleted or not, as a reversal reads it). */
export async function findEntry(
  trx: Knex,
  entryId: string,
  packageId: string
): Promise<EntryRow | undefined> {
  return await trx("package_ledger_entry")
    .select("*")
    .where({ id: entryId, package_id: packageId })
    .first()
}

/** The entry that reversed `entryId`, if any. */
export async function findReversal(
  trx: Knex,
  entryId: string
): Promise<{ id: string } | undefined> {
  return await trx("package_ledger_entry")
    .select("id")
    .where({ reverses_entry_id: entryId })
    .whereNull("deleted_at")
    .first()
}

const unreversed = (trx: Knex, filter: Record<string, string>) =>
  trx("package_ledger_entry as e")
    .select("e.*")
    .where(filter)
    .whereNull("e.deleted_at")
    .whereNotExists(
      trx("package_ledger_entry as r")
        .select("r.id")
        .whereRaw("r.reverses_entry_id = e.id")
        .whereNull("r.deleted_at")
    )

/** The `expire` entries of a package not reversed yet (what extending it reinstates). */
export async function unreversedExpiries(trx: Knex, packageId: string): Promise<EntryRow[]> {
  return await unreversed(trx, { "e.package_id": packageId, "e.type": "expire" })
}

/** The entries an operation wrote and that were not reversed yet, newest first. */
export async function unreversedEntriesOf(trx: Knex, operationId: string): Promise<EntryRow[]> {
  return await unreversed(trx, { "e.operation_id": operationId }).orderBy("e.id", "desc")
}

/** The operation that wrote an entry. */
export async function operationOfEntry(knex: Knex, entryId: string): Promise<string | null> {
  const entry = await knex("package_ledger_entry")
    .select("operation_id")
    .where({ id: entryId })
    .first()
  return entry?.operation_id ?? null
}

/**
 * Every item (or one package's) against the sums of its entries and its open reservations: the
 * items whose stored balances differ are the mismatches.
 */
export async function reconcile(knex: Knex, packageId?: string): Promise<ReconciliationResult> {
  const sums = knex("package_ledger_entry")
    .select("package_item_id")
    .sum({ quantity: "quantity", value: "value" })
    .whereNull("deleted_at")
    .groupBy("package_item_id")
    .as("s")
  const open = knex("package_reservation")
    .select("package_item_id")
    .count({ count: "id" })
    .where({ status: "reserved" })
    .whereNull("deleted_at")
    .groupBy("package_item_id")
    .as("r")
  const query = knex("customer_package_item as i")
    .leftJoin(sums, "s.package_item_id", "i.id")
    .leftJoin(open, "r.package_item_id", "i.id")
    .select(
      "i.id",
      "i.package_id",
      "i.remaining",
      "i.reserved",
      "i.value_remaining",
      knex.raw("coalesce(s.quantity, 0) as ledger_remaining"),
      knex.raw("coalesce(s.value, 0) as ledger_value"),
      knex.raw("coalesce(r.count, 0) as open_reservations")
    )
    .whereNull("i.deleted_at")
  if (packageId) query.where("i.package_id", packageId)
  const rows = await query
  const mismatches = rows
    .filter(
      (row: Record<string, unknown>) =>
        Number(row.remaining) !== Number(row.ledger_remaining) ||
        toCents(row.value_remaining) !== toCents(row.ledger_value) ||
        Number(row.reserved) !== Number(row.open_reservations)
    )
    .map((row: Record<string, unknown>) => ({
      package_item_id: row.id as string,
      package_id: row.package_id as string,
      remaining: Number(row.remaining),
      ledger_remaining: Number(row.ledger_remaining),
      value_remaining: Number(row.value_remaining),
      ledger_value: Number(row.ledger_value),
      reserved: Number(row.reserved),
      open_reservations: Number(row.open_reservations),
    }))
  return { items_checked: rows.length, mismatches }
}
