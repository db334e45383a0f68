import { generateEntityId } from "@medusajs/framework/utils"
import { COMPLAINT_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import { toSnapshot } from "../lib/complaints"
import { keyUsedForAnotherCustomer, complaintNotFound as notFound } from "../lib/errors"
import type {
  ComplaintRow,
  ComplaintSnapshot,
  CreateComplaintInput,
  CreateComplaintResult,
} from "../types"

/**
 * The complaint an earlier request filed under the input's idempotency key, if any; a conflict
 * when that request was another customer's.
 */
export async function filedUnderKey(
  knex: Knex,
  input: CreateComplaintInput
): Promise<CreateComplaintResult | null> {
  if (!input.idempotency_key) {
    return null
  }
  const row = await knex("complaint")
    .select("id", "customer_id")
    .where({ idempotency_key: input.idempotency_key })
    .whereNull("deleted_at")
    .first()
  if (!row) {
    return null
  }
  if (row.customer_id !== input.customer_id) {
    throw keyUsedForAnotherCustomer(input.idempotency_key)
  }
  return { complaint_id: row.id, created: false }
}

/** Inserts a complaint (its columns as given); returns its new id. */
export async function insertComplaint(trx: Knex, columns: Record<string, unknown>) {
  const id = generateEntityId(undefined, COMPLAINT_ID_PREFIX)
  await trx("complaint").insert({ id, ...columns })
  return id
}

/** Removes a complaint with its timeline, attachments and remedies. */
export async function deleteComplaintWithTimeline(trx: Knex, complaintId: string) {
  for (const table of ["complaint_event", "complaint_attachment", "complaint_remedy"]) {
    await trx(table).where({ complaint_id: complaintId }).delete()
  }
  await trx("complaint").where({ id: complaintId }).delete()
}

/** A complaint not deleted with its category's code; 404 when missing. */
export async function complaintWithCategory(
  knex: Knex,
  complaintId: string
): Promise<ComplaintRow> {
  const row = await knex("complaint as c")
    .join("complaint_category as k", "k.id", "c.category_id")
    .select("c.*", "k.code as category_code")
    .where("c.id", complaintId)
    .whereNull("c.deleted_at")
    .first()
  if (!row) throw notFound(complaintId)
  return row
}

/** Locks a complaint not deleted FOR UPDATE: moves on one complaint run one after the other. */
export async function lockComplaint(trx: Knex, complaintId: string): Promise<ComplaintRow> {
  const row = await trx("complaint")
    .select("*")
    .where({ id: complaintId })
    .whereNull("deleted_at")
    .forUpdate()
    .first()
  if (!row) throw notFound(complaintId)
  return row
}

/** A complaint row's snapshot, with its category's code ("" when the category is gone). */
export async function snapshotOf(knex: Knex, row: ComplaintRow): Promise<ComplaintSnapshot> {
  const category = await knex("complaint_category")
    .select("code")
    .where({ id: row.category_id })
    .first()
  return toSnapshot({ ...row, category_code: category?.code ?? "" })
}

/** Locks a complaint and returns its snapshot as the transaction now sees it. */
export async function lockedSnapshot(trx: Knex, complaintId: string): Promise<ComplaintSnapshot> {
  return await snapshotOf(trx, await lockComplaint(trx, complaintId))
}

export async function updateComplaint(
  trx: Knex,
  complaintId: string,
  patch: Record<string, unknown>
) {
  await trx("complaint").update(patch).where({ id: complaintId })
}

/** Resolved complaints not rated since `cutoff`, oldest first. */
export async function resolvedUnratedSince(
  knex: Knex,
  cutoff: Date,
  limit: number
): Promise<string[]> {
  const rows = await knex("complaint")
    .select("id")
    .where({ status: "resolved" })
    .whereNull("rated_at")
    .whereNull("deleted_at")
    .where("resolved_at", "<=", cutoff)
    .orderBy("resolved_at")
    .limit(limit)
  return rows.map((row: { id: string }) => row.id)
}
