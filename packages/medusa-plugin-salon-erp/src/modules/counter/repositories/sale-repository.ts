import { generateEntityId } from "@medusajs/framework/utils"
import { SALE_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"

/** What an idempotency key of a sale points at. */
export type ClaimedSale = {
  id: string
  status: "submitting" | "completed" | "failed"
  fingerprint: string
  order_id: string | null
}

export type NewSaleClaim = {
  idempotency_key: string
  fingerprint: string
  branch_id: string
  register_id: string
  shift_id: string
  currency_code: string
  customer_id: string | null
  created_by: string
  business_date: string
}

const CLAIM_COLUMNS = "id, status, fingerprint, order_id"

/** Inserts the claim; null when the key is already claimed (by this request or another). */
export async function insertClaim(knex: Knex, claim: NewSaleClaim): Promise<ClaimedSale | null> {
  const { rows } = (await knex.raw(
    `INSERT INTO counter_sale
       (id, idempotency_key, fingerprint, status, channel, branch_id, register_id, shift_id,
        currency_code, customer_id, created_by, business_date)
     VALUES (?, ?, ?, 'submitting', 'counter', ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
     RETURNING ${CLAIM_COLUMNS}`,
    [
      generateEntityId(undefined, SALE_ID_PREFIX),
      claim.idempotency_key,
      claim.fingerprint,
      claim.branch_id,
      claim.register_id,
      claim.shift_id,
      claim.currency_code,
      claim.customer_id,
      claim.created_by,
      claim.business_date,
    ]
  )) as { rows: ClaimedSale[] }
  return rows[0] ?? null
}

export async function findClaim(knex: Knex, key: string): Promise<ClaimedSale | null> {
  const { rows } = (await knex.raw(
    `SELECT ${CLAIM_COLUMNS} FROM counter_sale WHERE idempotency_key = ? AND deleted_at IS NULL`,
    [key]
  )) as { rows: ClaimedSale[] }
  return rows[0] ?? null
}

/** Takes a failed claim back for a retry; false when another retry took it first. */
export async function reclaimFailed(knex: Knex, id: string): Promise<boolean> {
  const { rowCount } = (await knex.raw(
    `UPDATE counter_sale SET status = 'submitting', failure = NULL, updated_at = now()
     WHERE id = ? AND status = 'failed'`,
    [id]
  )) as { rowCount: number }
  return rowCount === 1
}

export async function markFailed(knex: Knex, id: string, failure: string): Promise<void> {
  await knex.raw(
    `UPDATE counter_sale SET status = 'failed', failure = ?, updated_at = now()
     WHERE id = ? AND status = 'submitting'`,
    [failure.slice(0, 2000), id]
  )
}

/** Locks a sale row for its completion; null when it is not submitting any more. */
export async function lockSubmitting(trx: Knex, id: string): Promise<{ id: string } | null> {
  const { rows } = (await trx.raw(
    `SELECT id FROM counter_sale WHERE id = ? AND status = 'submitting' FOR UPDATE`,
    [id]
  )) as { rows: { id: string }[] }
  return rows[0] ?? null
}
