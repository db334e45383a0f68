import { generateEntityId } from "@medusajs/framework/utils"
import type { OutboxEventDraft } from "../../../lib/outbox"
import { stageEvents } from "../events"
import * as operations from "../repositories/operation-repository"
import { readPackage } from "../repositories/package-repository"
import type {
  OpContext,
  OperationDone,
  OperationResult,
  OperationRow,
  OperationSpec,
  OperationType,
  PackageRow,
} from "../types"
import { OPERATION_ID_PREFIX } from "./constants"
import { type Knex, isUniqueViolation } from "./db"
import { NothingToDo, idempotencyKeyRequired, keyUsedForAnotherRequest } from "./errors"
import { fingerprintOf } from "./fingerprint"

/** Builds the events of an operation inside its transaction (nothing for a replay). */
export type StageEvents = (
  trx: Knex,
  done: OperationDone,
  op: OpContext
) => Promise<OutboxEventDraft[]>

/** What an operation does once its row is written: the package it moved and its entries. */
export type OperationWork = (
  trx: Knex,
  op: OpContext,
  /** The package as read just before (unlocked), when the operation is on an existing one. */
  before: PackageRow | null
) => Promise<Omit<OperationResult, "created" | "operation_id" | "type">>

export type OperationTarget = {
  package_id: string
  customer_id?: string
  data?: Record<string, unknown> | null
}

/** An operation to run: its key and parameters, what it does, on which package, what it announces. */
export type OperationPlan = {
  spec: OperationSpec
  work: OperationWork
  target: OperationTarget
  /** The events of the change, staged in its transaction (a replay stages none). */
  events?: StageEvents
}

/** Runs work in a new transaction of the service (its @InjectTransactionManager method). */
export type InTransaction = <T>(work: (trx: Knex) => Promise<T>) => Promise<T>

/**
 * Runs a value-moving operation exactly once per idempotency key. The operation row is the
 * first write of the transaction, so a concurrent attempt with the same key waits on the
 * unique index and then finds the winner's result instead of moving anything.
 */
export async function runOperation(
  knex: Knex,
  inTransaction: InTransaction,
  { spec, work, target, events }: OperationPlan
): Promise<OperationResult> {
  const scope = spec.key_scope ?? "request"
  if (!spec.idempotency_key?.trim()) throw idempotencyKeyRequired()
  const fingerprint = fingerprintOf(spec.type, spec.params)
  const { key: liveKey, operation: existing } = (
    await operations.lookupKeys(knex, scope, [spec.idempotency_key])
  ).get(spec.idempotency_key)!
  if (existing) {
    return await replayOperation(knex, existing, spec.idempotency_key, spec.type, fingerprint)
  }
  try {
    return await inTransaction(async (trx) => {
      const before = target.customer_id ? null : await readPackage(trx, target.package_id)
      const op = newOperation(spec, liveKey)
      await operations.insertOperation(trx, {
        id: op.id,
        key_scope: scope,
        idempotency_key: liveKey,
        type: spec.type,
        package_id: target.package_id,
        customer_id: target.customer_id ?? before!.customer_id,
        fingerprint,
        reason: spec.reason ?? null,
        author_type: spec.author_type,
        author_id: spec.author_id ?? null,
        data: target.data ?? null,
      })
      const result = await work(trx, op, before)
      if (events) await stageEvents(trx, await events(trx, { ...result, operation_id: op.id }, op))
      return {
        operation_id: op.id,
        type: spec.type,
        package_id: result.package_id,
        created: true,
        entry_ids: result.entry_ids,
        new_package_id: result.new_package_id ?? null,
      }
    })
  } catch (error) {
    if (isUniqueViolation(error, /idempotency_key/)) {
      const winner = await findOperationResult(
        knex,
        scope,
        spec.idempotency_key,
        spec.type,
        fingerprint
      )
      if (winner) return winner
    }
    throw error
  }
}

/** {@link runOperation} for a system operation that may find nothing to do: null then. */
export async function runUnlessNothingToDo(
  ...args: Parameters<typeof runOperation>
): Promise<OperationResult | null> {
  try {
    return await runOperation(...args)
  } catch (error) {
    if (error instanceof NothingToDo) return null
    throw error
  }
}

/** The operation about to be written under `key`: every entry carries its id, key and author. */
export const newOperation = (spec: OperationSpec, key: string): OpContext => ({
  id: generateEntityId(undefined, OPERATION_ID_PREFIX),
  idempotency_key: key,
  author_type: spec.author_type,
  author_id: spec.author_id ?? null,
})

/** The data an operation recorded (what compensation restores, the package a transfer made). */
export const operationData = (
  op: Pick<OperationRow, "data">
): Record<string, string | null | undefined> =>
  (typeof op.data === "string" ? JSON.parse(op.data) : op.data) ?? {}

async function findOperationResult(
  knex: Knex,
  scope: string,
  key: string,
  type: OperationType,
  fingerprint: string
): Promise<OperationResult | null> {
  const op = (await operations.lookupKeys(knex, scope, [key])).get(key)!.operation
  return op ? await replayOperation(knex, op, key, type, fingerprint) : null
}

/** The first result of a request whose key is used again; another request's key is refused. */
async function replayOperation(
  knex: Knex,
  op: OperationRow,
  key: string,
  type: OperationType,
  fingerprint: string
): Promise<OperationResult> {
  if (op.type !== type || op.fingerprint !== fingerprint) throw keyUsedForAnotherRequest(key, op)
  const entryIds = await operations.entryIdsOf(knex, op.id)
  return {
    operation_id: op.id,
    type: op.type,
    package_id: op.package_id,
    created: false,
    entry_ids: entryIds,
    new_package_id: (operationData(op).new_package_id as string | undefined) ?? null,
  }
}
