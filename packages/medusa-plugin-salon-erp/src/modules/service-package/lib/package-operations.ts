import { generateEntityId } from "@medusajs/framework/utils"
import { conflictError } from "../../../lib/errors"
import { ServicePackageWorkflowEvents as Events, packageEvent } from "../events"
import { findOperation } from "../repositories/operation-repository"
import * as ledger from "../repositories/ledger-repository"
import * as packages from "../repositories/package-repository"
import type {
  ExtendPackageInput,
  IssuePackageInput,
  MigratePackageInput,
  ItemRow,
  OperationRow,
  PackageRow,
  RefundPackageInput,
  RefundQuote,
  StatusChangeInput,
  TransferSessionsInput,
} from "../types"
import * as errors from "./errors"
import { applyMovement, openPackage } from "./ledger"
import { proRata, toCents, toMajor } from "./money"
import { CUSTOMER_PACKAGE_ID_PREFIX } from "./constants"
import type { Knex } from "./db"
import { day, iso } from "./format"
import { type OperationPlan, type OperationWork, operationData } from "./run-operation"
import * as specs from "./specs"
import { assertRefundable, buildQuote } from "./refund"
import { sessionsToTransfer } from "./transfer"
import { checkLaterExpiry, parseExpiry, validateIssue } from "./validation"

/*
 * The package operations as plans for runOperation: the key and parameters, the work done in
 * the transaction, the package it is on and the events it stages. The work of a status change
 * locks the package FOR UPDATE, checks its status, moves the sessions concerned and records the
 * new status.
 */

/** An active package whose validity has passed. */
export const dueForExpiry = (pkg: PackageRow) =>
  pkg.status === "active" && new Date(pkg.expires_at).getTime() <= Date.now()

/** Forfeits the unreserved sessions by `expire` entries; {@link errors.NothingToDo} when not due. */
const expireWork =
  (packageId: string): OperationWork =>
  async (trx, op) => {
    const pkg = await packages.lockPackage(trx, packageId, "update")
    if (!dueForExpiry(pkg)) throw new errors.NothingToDo()
    const entryIds: string[] = []
    for (const item of await ledger.lockItems(trx, pkg.id)) {
      const forfeited = item.remaining - item.reserved
      if (forfeited <= 0) continue
      entryIds.push(
        await applyMovement(trx, op, pkg, item, {
          type: "expire",
          quantity: -forfeited,
          value: -proRata(item.value, item.remaining, forfeited),
          reason: `Expired on ${day(pkg.expires_at)}`,
        })
      )
    }
    await packages.markExpired(trx, pkg.id)
    return { package_id: pkg.id, entry_ids: entryIds }
  }

/** Takes every unused session off by `refund` entries; `quoted` receives what is paid out. */
const refundWork =
  (input: RefundPackageInput, quoted: (quote: RefundQuote) => void): OperationWork =>
  async (trx, op) => {
    const pkg = await packages.lockPackage(trx, input.package_id, "update")
    const items = await ledger.lockItems(trx, pkg.id)
    assertRefundable(pkg, items)
    const quote = buildQuote(pkg, items)
    quoted(quote)
    if (input.expected_amount !== undefined && quote.amount !== input.expected_amount) {
      // Refused before anything commits, so no refund is reported that did not happen.
      throw conflictError(
        `The package changed while the refund was being paid out (${input.expected_amount} quoted, ${quote.amount} now); try again`
      )
    }
    const entryIds: string[] = []
    for (const item of items) {
      if (item.remaining <= 0) continue
      entryIds.push(
        await applyMovement(trx, op, pkg, item, {
          type: "refund",
          quantity: -item.remaining,
          value: -item.value,
          branch_id: input.branch_id,
          reason: input.reason,
        })
      )
    }
    await packages.markRefunded(trx, pkg.id, quote, input.refund_method)
    return { package_id: pkg.id, entry_ids: entryIds }
  }

const freezeWork =
  (input: StatusChangeInput): OperationWork =>
  async (trx) => {
    const pkg = await packages.lockPackage(trx, input.package_id, "update")
    if (pkg.status !== "active") {
      throw errors.packageStatusRefuses(pkg, "only active packages can be frozen")
    }
    await packages.markFrozen(trx, pkg.id, input.reason)
    return { package_id: pkg.id, entry_ids: [] }
  }

/** Activates a frozen package with its (possibly extended) expiry. */
const unfreezeWork =
  (input: StatusChangeInput, expiresAt: Date, expiryMoved: boolean): OperationWork =>
  async (trx) => {
    const pkg = await packages.lockPackage(trx, input.package_id, "update")
    if (pkg.status !== "frozen") {
      throw errors.notAllowed(`Package ${pkg.name} is ${pkg.status}, not frozen`)
    }
    await packages.markUnfrozen(trx, pkg.id, expiresAt, expiryMoved)
    return { package_id: pkg.id, entry_ids: [] }
  }

/** Moves the expiry later; an expired package gets its expired sessions back and is active. */
const extendWork =
  (input: ExtendPackageInput, expiresAt: Date): OperationWork =>
  async (trx, op) => {
    const pkg = await packages.lockPackage(trx, input.package_id, "update")
    if (!["active", "frozen", "expired"].includes(pkg.status)) {
      throw errors.packageStatusRefuses(pkg, "its validity cannot be extended")
    }
    checkLaterExpiry(expiresAt, pkg.expires_at)
    const entryIds: string[] = []
    if (pkg.status === "expired") {
      const expired = await ledger.unreversedExpiries(trx, pkg.id)
      const items = await ledger.lockItems(trx, pkg.id)
      for (const entry of expired) {
        const item = items.find((candidate) => candidate.id === entry.package_item_id)!
        entryIds.push(
          await applyMovement(trx, op, pkg, item, {
            type: "reverse",
            quantity: -entry.quantity,
            value: -toCents(entry.value),
            reverses_entry_id: entry.id,
            reason: input.reason,
          })
        )
      }
    }
    const status = pkg.status === "expired" ? "active" : pkg.status
    await packages.markExtended(trx, pkg.id, expiresAt, status)
    return { package_id: pkg.id, entry_ids: entryIds }
  }

/**
 * Opens `newPackageId` for the other customer with the package's terms and the sessions moved
 * (`transfer_in`), then takes them off this package (`transfer_out`).
 */
const transferWork =
  (input: TransferSessionsInput, newPackageId: string): OperationWork =>
  async (trx, op) => {
    const pkg = await packages.lockPackage(trx, input.package_id, "update")
    errors.assertUsable(pkg, null)
    const moved = sessionsToTransfer(pkg, await ledger.lockItems(trx, pkg.id), input.items)
    const price = moved.reduce((sum, entry) => sum + entry.value, 0)
    const entryIds = await openPackage(
      trx,
      op,
      newPackageId,
      {
        customer_id: input.to_customer_id,
        template_id: pkg.template_id,
        name: pkg.name,
        source: "transfer",
        currency_code: pkg.currency_code,
        price_paid: toMajor(price),
        payment_method: null,
        branch_scope: pkg.branch_scope,
        selling_branch_id: pkg.selling_branch_id,
        allocation_method: pkg.allocation_method as IssuePackageInput["allocation_method"],
        refund_fee_percent: pkg.refund_fee_percent,
        expires_at: pkg.expires_at,
        transferred_from_package_id: pkg.id,
        items: moved.map(({ item, quantity, value }) => ({
          salon_service_id: item.salon_service_id,
          service_name: item.service_name,
          sessions: quantity,
          allocated_amount: toMajor(value),
        })),
      },
      "transfer_in",
      { package_id: pkg.id }
    )
    for (const { item, quantity, value } of moved) {
      entryIds.push(
        await applyMovement(trx, op, pkg, item, {
          type: "transfer_out",
          quantity: -quantity,
          value: -value,
          related_package_id: newPackageId,
          reason: input.reason,
        })
      )
    }
    return { package_id: pkg.id, entry_ids: entryIds, new_package_id: newPackageId }
  }

/**
 * Reverses every entry an operation wrote and not reversed yet (newest first), with its
 * packages and then their items locked in id order, and puts their previous state back.
 */
const compensationWork =
  (operation: OperationRow, data: Record<string, string | null | undefined>): OperationWork =>
  async (trx, op) => {
    const packageIds = [operation.package_id, data.new_package_id].filter(Boolean) as string[]
    const locked = new Map<string, PackageRow>()
    for (const id of packageIds.sort()) {
      locked.set(id, await packages.lockPackage(trx, id, "update"))
    }
    const entries = await ledger.unreversedEntriesOf(trx, operation.id)
    const entryIds: string[] = []
    const items = new Map<string, ItemRow>()
    for (const id of packageIds.sort()) {
      for (const item of await ledger.lockItems(trx, id)) items.set(item.id, item)
    }
    for (const entry of entries) {
      const pkg = locked.get(entry.package_id)!
      entryIds.push(
        await applyMovement(trx, op, pkg, items.get(entry.package_item_id)!, {
          type: "reverse",
          quantity: -entry.quantity,
          value: -toCents(entry.value),
          reverses_entry_id: entry.id,
          reservation_id: entry.reservation_id,
          reason: `Compensation of ${operation.type} ${operation.id}`,
        })
      )
    }
    await packages.restoreAfterUndo(trx, operation, data)
    if (operation.type === "transfer" && data.new_package_id) {
      await packages.markCanceled(trx, data.new_package_id)
    }
    return { package_id: operation.package_id, entry_ids: entryIds }
  }

/** Sells a package: opens it with its items and `issue` entries. */
export function issuePlan(input: IssuePackageInput): OperationPlan {
  validateIssue(input)
  const packageId = generateEntityId(undefined, CUSTOMER_PACKAGE_ID_PREFIX)
  return {
    spec: specs.issueSpec(input),
    work: async (trx, op) => ({
      package_id: packageId,
      entry_ids: await openPackage(trx, op, packageId, input),
    }),
    target: { package_id: packageId, customer_id: input.customer_id },
    events: packageEvent(Events.SOLD),
  }
}

/** Opens a carried-over package with the sessions it still has (`migration` entries). */
export const openMigrated = (
  trx: Knex,
  op: Parameters<OperationWork>[1],
  packageId: string,
  input: MigratePackageInput
) => openPackage(trx, op, packageId, { ...input, source: "migration" }, "migration")

export function migrationPlan(input: MigratePackageInput): OperationPlan {
  const spec = specs.migrationSpec(input)
  const packageId = generateEntityId(undefined, CUSTOMER_PACKAGE_ID_PREFIX)
  return {
    spec,
    work: async (trx, op) => ({
      package_id: packageId,
      entry_ids: await openMigrated(trx, op, packageId, input),
    }),
    target: { package_id: packageId, customer_id: input.customer_id },
  }
}

/** Expires a package past its validity; null when it is not due (read before locking). */
export async function expirePlan(knex: Knex, packageId: string): Promise<OperationPlan | null> {
  const current = await packages.readPackage(knex, packageId)
  if (!dueForExpiry(current)) return null
  return {
    spec: specs.expireSpec(packageId, current.expires_at),
    work: expireWork(packageId),
    target: {
      package_id: packageId,
      data: { previous_status: "active", expires_at: iso(current.expires_at) },
    },
    events: packageEvent(Events.EXPIRED),
  }
}

/** Refunds a package; `quoted` receives the refund as computed under the locks. */
export async function refundPlan(
  knex: Knex,
  input: RefundPackageInput,
  quoted: (quote: RefundQuote) => void
): Promise<OperationPlan> {
  const current = await packages.readPackage(knex, input.package_id)
  let quote: RefundQuote | null = null
  return {
    spec: specs.refundSpec(input),
    work: refundWork(input, (computed) => quoted((quote = computed))),
    target: { package_id: input.package_id, data: { previous_status: current.status } },
    events: packageEvent(Events.REFUNDED, () => ({
      reason: input.reason ?? null,
      refund: {
        gross_amount: quote!.gross_amount,
        fee_percent: quote!.fee_percent,
        fee: quote!.fee,
        amount: quote!.amount,
        refund_method: input.refund_method,
      },
    })),
  }
}

export const freezePlan = (input: StatusChangeInput): OperationPlan => ({
  spec: specs.statusChangeSpec(input, "freeze"),
  work: freezeWork(input),
  target: { package_id: input.package_id, data: { previous_status: "active" } },
  events: packageEvent(Events.FROZEN, () => ({ reason: input.reason })),
})

/** Unfreezes a package, its validity extended by the time it was frozen when `extendValidity`. */
export async function unfreezePlan(
  knex: Knex,
  input: StatusChangeInput,
  extendValidity: boolean
): Promise<OperationPlan> {
  const current = await packages.readPackage(knex, input.package_id)
  const frozenFor =
    current.frozen_at && extendValidity
      ? Math.max(0, Date.now() - new Date(current.frozen_at).getTime())
      : 0
  const expiresAt = new Date(new Date(current.expires_at).getTime() + frozenFor)
  return {
    spec: specs.statusChangeSpec(input, "unfreeze"),
    work: unfreezeWork(input, expiresAt, frozenFor > 0),
    target: {
      package_id: input.package_id,
      data: {
        previous_status: "frozen",
        frozen_at: current.frozen_at ? iso(current.frozen_at) : null,
        frozen_reason: current.frozen_reason,
        previous_expires_at: iso(current.expires_at),
        expires_at: iso(expiresAt),
      },
    },
    events: packageEvent(Events.UNFROZEN, () => ({ reason: input.reason })),
  }
}

export async function extendPlan(knex: Knex, input: ExtendPackageInput): Promise<OperationPlan> {
  const expiresAt = parseExpiry(input.expires_at)
  const current = await packages.readPackage(knex, input.package_id)
  return {
    spec: specs.extendSpec(input, expiresAt),
    work: extendWork(input, expiresAt),
    target: {
      package_id: input.package_id,
      data: {
        previous_status: current.status,
        previous_expires_at: iso(current.expires_at),
        expires_at: iso(expiresAt),
      },
    },
    events: packageEvent(Events.EXTENDED, () => ({ reason: input.reason })),
  }
}

/** Transfers sessions to another customer, on a new package (never the same customer). */
export async function transferPlan(
  knex: Knex,
  input: TransferSessionsInput
): Promise<OperationPlan> {
  const current = await packages.readPackage(knex, input.package_id)
  if (current.customer_id === input.to_customer_id) {
    throw errors.invalid(
      `Package ${current.name} already belongs to customer ${input.to_customer_id}`
    )
  }
  const newPackageId = generateEntityId(undefined, CUSTOMER_PACKAGE_ID_PREFIX)
  return {
    spec: specs.transferSpec(input),
    work: transferWork(input, newPackageId),
    target: {
      package_id: input.package_id,
      customer_id: current.customer_id,
      data: { new_package_id: newPackageId, to_customer_id: input.to_customer_id },
    },
    events: packageEvent(Events.TRANSFERRED, (done) => ({
      reason: input.reason,
      new_package_id: done.new_package_id ?? null,
    })),
  }
}

/** Undoes an operation (workflow compensation); null when there is no such operation. */
export async function compensationPlan(
  knex: Knex,
  operationId: string
): Promise<OperationPlan | null> {
  const operation = await findOperation(knex, operationId)
  if (!operation) return null
  return {
    spec: specs.compensationSpec(operationId),
    work: compensationWork(operation, operationData(operation)),
    target: { package_id: operation.package_id, customer_id: operation.customer_id },
  }
}
