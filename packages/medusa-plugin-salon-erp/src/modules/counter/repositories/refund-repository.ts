import { generateEntityId } from "@medusajs/framework/utils"
import { REFUND_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { ClaimedSale } from "./sale-repository"

export type NewRefundClaim = {
  sale_id: string
  idempotency_key: string
  fingerprint: string
  kind: "refund" | "void"
  reason: string
  staff_member_id: string | null
  created_by: string
  shift_id: string | null
  branch_id: string
  business_date: string
}

const CLAIM_COLUMNS = "id, status, fingerprint, sale_id AS order_id"

/** Inserts the refund's claim; null when its key is already claimed. */
export async function insertRefundClaim(
  knex: Knex,
  claim: NewRefundClaim
): Promise<ClaimedSale | null> {
  const { rows } = (await knex.raw(
    `INSERT INTO counter_refund
       (id, sale_id, idempotency_key, fingerprint, kind, status, reason, staff_member_id,
        created_by, shift_id, branch_id, business_date, amount, raw_amount)
     VALUES (?, ?, ?, ?, ?, 'submitting', ?, ?, ?, ?, ?, ?, 0, '{"value":"0","precision":20}')
     ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
     RETURNING ${CLAIM_COLUMNS}`,
    [
      generateEntityId(undefined, REFUND_ID_PREFIX),
      claim.sale_id,
      claim.idempotency_key,
      claim.fingerprint,
      claim.kind,
      claim.reason,
      claim.staff_member_id,
      claim.created_by,
      claim.shift_id,
      claim.branch_id,
      claim.business_date,
    ]
  )) as { rows: ClaimedSale[] }
  return rows[0] ?? null
}

export async function findRefundClaim(knex: Knex, key: string): Promise<ClaimedSale | null> {
  const { rows } = (await knex.raw(
    `SELECT ${CLAIM_COLUMNS} FROM counter_refund WHERE idempotency_key = ? AND deleted_at IS NULL`,
    [key]
  )) as { rows: ClaimedSale[] }
  return rows[0] ?? null
}

export async function reclaimFailedRefund(knex: Knex, id: string): Promise<boolean> {
  const { rowCount } = (await knex.raw(
    `UPDATE counter_refund SET status = 'submitting', failure = NULL, updated_at = now()
     WHERE id = ? AND status = 'failed'`,
    [id]
  )) as { rowCount: number }
  return rowCount === 1
}

export async function markRefundFailed(knex: Knex, id: string, failure: string): Promise<void> {
  await knex.raw(
    `UPDATE counter_refund SET status = 'failed', failure = ?, updated_at = now()
     WHERE id = ? AND status = 'submitting'`,
    [failure.slice(0, 2000), id]
  )
}

/** Locks the sale so two refunds of it are decided one after the other. */
export async function lockSale(trx: Knex, saleId: string): Promise<void> {
  await trx.raw(`SELECT id FROM counter_sale WHERE id = ? FOR UPDATE`, [saleId])
}
