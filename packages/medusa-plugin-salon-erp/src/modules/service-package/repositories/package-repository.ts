import { packageNotFound } from "../lib/errors"
import type { Knex } from "../lib/db"
import { clearedMoneyColumns, moneyColumns, toCents } from "../lib/money"
import type { IssuePackageInput, OperationRow, PackageRow, RefundQuote } from "../types"

const PACKAGE_COLUMNS = [
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
  "branch_scope",
  "selling_branch_id",
  "sold_by_staff_member_id",
  "allocation_method",
  "refund_fee_percent",
  "purchased_at",
  "expires_at",
  "frozen_at",
  "frozen_reason",
  "expired_at",
  "order_id",
  "order_line_item_id",
]

/** The terms a package is opened with (from a sale, a transfer or a migration). */
export type NewPackage = Omit<
  IssuePackageInput,
  "idempotency_key" | "key_scope" | "author_type" | "author_id" | "items"
> & {
  transferred_from_package_id?: string | null
}

function packageOf(row: PackageRow | undefined, packageId: string): PackageRow {
  if (!row) throw packageNotFound(packageId)
  return { ...row, refund_fee_percent: Number(row.refund_fee_percent) }
}

/** A package not deleted, read without a lock. */
export async function readPackage(knex: Knex, packageId: string): Promise<PackageRow> {
  const row = await knex("customer_package")
    .select(PACKAGE_COLUMNS)
    .where({ id: packageId })
    .whereNull("deleted_at")
    .first()
  return packageOf(row, packageId)
}

/** Locks the package row: `share` for session movements, `update` for status changes. */
export async function lockPackage(
  trx: Knex,
  packageId: string,
  mode: "share" | "update"
): Promise<PackageRow> {
  const query = trx("customer_package")
    .select(PACKAGE_COLUMNS)
    .where({ id: packageId })
    .whereNull("deleted_at")
  const row = await (mode === "update" ? query.forUpdate() : query.forShare()).first()
  return packageOf(row, packageId)
}

/**
 * A branch-only package sold online without a branch belongs to the first branch it is used
 * at. Runs before the package is locked for sharing, so it never upgrades a lock.
 */
export async function bindBranch(trx: Knex, packageId: string, branchId: string | null) {
  if (!branchId) return
  await trx("customer_package")
    .update({ selling_branch_id: branchId, updated_at: trx.fn.now() })
    .where({ id: packageId, branch_scope: "selling_branch" })
    .whereNull("selling_branch_id")
}

export async function insertPackage(trx: Knex, packageId: string, input: NewPackage) {
  await trx("customer_package").insert({
    id: packageId,
    customer_id: input.customer_id,
    template_id: input.template_id,
    name: input.name,
    status: "active",
    source: input.source,
    currency_code: input.currency_code,
    ...moneyColumns("price_paid", toCents(input.price_paid)),
    payment_method: input.payment_method ?? null,
    branch_scope: input.branch_scope,
    selling_branch_id: input.selling_branch_id ?? null,
    sold_by_staff_member_id: input.sold_by_staff_member_id ?? null,
    sold_by_user_id: input.sold_by_user_id ?? null,
    allocation_method: input.allocation_method,
    refund_fee_percent: input.refund_fee_percent,
    purchased_at: new Date(input.purchased_at ?? Date.now()),
    expires_at: new Date(input.expires_at),
    order_id: input.order_id ?? null,
    order_line_item_id: input.order_line_item_id ?? null,
    transferred_from_package_id: input.transferred_from_package_id ?? null,
    metadata: input.metadata ? JSON.stringify(input.metadata) : null,
  })
}

export async function markExpired(trx: Knex, packageId: string) {
  await trx("customer_package")
    .update({ status: "expired", expired_at: trx.fn.now(), updated_at: trx.fn.now() })
    .where({ id: packageId })
}

export async function markRefunded(
  trx: Knex,
  packageId: string,
  quote: Pick<RefundQuote, "gross_amount" | "fee" | "amount">,
  refundMethod: string
) {
  await trx("customer_package")
    .update({
      status: "refunded",
      refunded_at: trx.fn.now(),
      ...moneyColumns("refund_gross_amount", toCents(quote.gross_amount)),
      ...moneyColumns("refund_fee", toCents(quote.fee)),
      ...moneyColumns("refund_amount", toCents(quote.amount)),
      refund_method: refundMethod,
      updated_at: trx.fn.now(),
    })
    .where({ id: packageId })
}

export async function markFrozen(trx: Knex, packageId: string, reason: string) {
  await trx("customer_package")
    .update({
      status: "frozen",
      frozen_at: trx.fn.now(),
      frozen_reason: reason,
      updated_at: trx.fn.now(),
    })
    .where({ id: packageId })
}

/** Active again until `expiresAt`; a moved expiry is reminded of again. */
export async function markUnfrozen(
  trx: Knex,
  packageId: string,
  expiresAt: Date,
  expiryMoved: boolean
) {
  await trx("customer_package")
    .update({
      status: "active",
      frozen_at: null,
      frozen_reason: null,
      expires_at: expiresAt,
      ...(expiryMoved ? { expiry_reminder_sent_at: null } : {}),
      updated_at: trx.fn.now(),
    })
    .where({ id: packageId })
}

export async function markExtended(
  trx: Knex,
  packageId: string,
  expiresAt: Date,
  status: PackageRow["status"]
) {
  await trx("customer_package")
    .update({
      expires_at: expiresAt,
      status,
      expired_at: null,
      expiry_reminder_sent_at: null,
      updated_at: trx.fn.now(),
    })
    .where({ id: packageId })
}

export async function markCanceled(trx: Knex, packageId: string) {
  await trx("customer_package")
    .update({ status: "canceled", canceled_at: trx.fn.now(), updated_at: trx.fn.now() })
    .where({ id: packageId })
}

/**
 * Puts back the status, expiry and refund or freeze details an operation changed on its
 * package (from what the operation recorded in its data); a package it sold is canceled.
 */
export async function restoreAfterUndo(
  trx: Knex,
  operation: OperationRow,
  data: Record<string, string | null | undefined>
) {
  const restore: Record<string, unknown> = {}
  if (operation.type === "sell" || operation.type === "migrate") {
    restore.status = "canceled"
    restore.canceled_at = trx.fn.now()
  }
  if (data.previous_status) restore.status = data.previous_status
  if (operation.type === "refund") {
    Object.assign(restore, {
      refunded_at: null,
      ...clearedMoneyColumns("refund_gross_amount", "refund_fee", "refund_amount"),
      refund_method: null,
    })
  }
  if (operation.type === "expire" && data.previous_status) restore.expired_at = null
  if (data.previous_expires_at) restore.expires_at = new Date(data.previous_expires_at)
  if (operation.type === "freeze") Object.assign(restore, { frozen_at: null, frozen_reason: null })
  if (operation.type === "unfreeze") {
    Object.assign(restore, {
      frozen_at: data.frozen_at ? new Date(data.frozen_at) : null,
      frozen_reason: data.frozen_reason ?? null,
    })
  }
  if (Object.keys(restore).length) {
    await trx("customer_package")
      .update({ ...restore, updated_at: trx.fn.now() })
      .where({ id: operation.package_id })
  }
}

/** What a refund paid out, as recorded on the package and its `refund` entries. */
export async function readRefund(knex: Knex, packageId: string): Promise<RefundQuote> {
  const pkg = await knex("customer_package")
    .select(
      "id",
      "customer_id",
      "currency_code",
      "refund_fee_percent",
      "refund_gross_amount",
      "refund_fee",
      "refund_amount"
    )
    .where({ id: packageId })
    .first()
  const entries = await knex("package_ledger_entry as e")
    .join("customer_package_item as i", "i.id", "e.package_item_id")
    .select("e.package_item_id", "e.salon_service_id", "i.service_name", "e.quantity", "e.value")
    .where({ "e.package_id": packageId, "e.type": "refund" })
    .whereNull("e.deleted_at")
  return {
    package_id: packageId,
    customer_id: pkg.customer_id,
    currency_code: pkg.currency_code,
    gross_amount: Number(pkg.refund_gross_amount ?? 0),
    fee_percent: Number(pkg.refund_fee_percent),
    fee: Number(pkg.refund_fee ?? 0),
    amount: Number(pkg.refund_amount ?? 0),
    items: entries.map((entry: Record<string, unknown>) => ({
      package_item_id: entry.package_item_id as string,
      salon_service_id: entry.salon_service_id as string,
      service_name: entry.service_name as string,
      sessions: -Number(entry.quantity),
      value: -Number(entry.value),
    })),
  }
}

/** Active packages whose validity has passed. */
export async function listDueForExpiry(knex: Knex, limit: number): Promise<string[]> {
  const rows = await knex("customer_package")
    .select("id")
    .where({ status: "active" })
    .where("expires_at", "<=", knex.fn.now())
    .whereNull("deleted_at")
    .orderBy("expires_at")
    .limit(limit)
  return rows.map((row: { id: string }) => row.id)
}

/** Active packages with unused sessions expiring by `until`, not yet reminded. */
export async function listDueForReminder(
  knex: Knex,
  until: Date,
  limit: number
): Promise<string[]> {
  const rows = await knex("customer_package as p")
    .select("p.id")
    .where({ "p.status": "active" })
    .whereNull("p.expiry_reminder_sent_at")
    .where("p.expires_at", ">", knex.fn.now())
    .where("p.expires_at", "<=", until)
    .whereExists(
      knex("customer_package_item as i")
        .select("i.id")
        .whereRaw("i.package_id = p.id")
        .where("i.remaining", ">", 0)
        .whereNull("i.deleted_at")
    )
    .whereNull("p.deleted_at")
    .orderBy("p.expires_at")
    .limit(limit)
  return rows.map((row: { id: string }) => row.id)
}

/** Claims a package's expiry reminder: true for exactly one caller, however many run at once. */
export async function claimExpiryReminder(trx: Knex, packageId: string): Promise<boolean> {
  const claimed = await trx("customer_package")
    .update({ expiry_reminder_sent_at: trx.fn.now() })
    .where({ id: packageId, status: "active" })
    .whereNull("expiry_reminder_sent_at")
    .returning("id")
  return claimed.length === 1
}

export async function unclaimExpiryReminder(trx: Knex, packageId: string) {
  await trx("customer_package").update({ expiry_reminder_sent_at: null }).where({ id: packageId })
}
