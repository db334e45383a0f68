import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

type Knex = ReturnType<EntityManager["getKnex"]>

/** An event to write to a module's outbox within the transaction of the change it reports. */
export type OutboxEventDraft = {
  event_name: string
  aggregate_id: string
  data: unknown
}

/** An outbox event as it is handed to the event bus. */
export type OutboxEvent = OutboxEventDraft & { id: string; sequence: number; created_at: Date }

/** Sends events to the bus, in the given order; throws when the bus refused them. */
export type OutboxPublisher = (events: OutboxEvent[]) => Promise<void>

export type OutboxSelection = {
  /** Publish only the pending events of these aggregates (the workflow's fast path). */
  aggregate_ids?: string[]
  /** Without aggregates: publish pending events at least this old (the relay's recovery). */
  min_age_ms?: number
  /** At most this many events per call. */
  limit?: number
}

export type OutboxTableBacklog = {
  pending: number
  oldest_pending_age_seconds: number | null
}

/**
 * Writes events into an outbox table. Call it with the transaction of the change, so the events
 * exist exactly when the change does. Returns the new events' ids.
 */
export async function stageOutboxEvents(
  trx: Knex,
  table: string,
  idPrefix: string,
  events: OutboxEventDraft[]
): Promise<string[]> {
  if (!events.length) {
    return []
  }
  const { insert, ids } = outboxInsert(trx, table, idPrefix, events)
  await insert
  return ids
}

/**
 * The insert {@link stageOutboxEvents} runs, not yet run: for a caller that sends it together
 * with its other writes (see `writeInOneStatement`). Needs at least one event.
 */
export function outboxInsert(
  trx: Knex,
  table: string,
  idPrefix: string,
  events: OutboxEventDraft[]
) {
  const rows = events.map((event) => ({
    id: generateEntityId(undefined, idPrefix),
    event_name: event.event_name,
    aggregate_id: event.aggregate_id,
    data: JSON.stringify(event.data ?? {}),
    status: "pending",
  }))
  return { insert: trx(table).insert(rows), ids: rows.map((row) => row.id) }
}

/**
 * Publishes pending events in commit order and marks them published, in one transaction. One
 * publisher per table at a time (an advisory lock), so events of an aggregate leave in order.
 * The mark commits after the bus accepted the events: a process dying in between publishes them
 * again (at least once); consumers are idempotent by event id or business key.
 */
export async function publishPendingOutboxEvents(
  trx: Knex,
  table: string,
  selection: OutboxSelection,
  publish: OutboxPublisher
): Promise<number> {
  await trx.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [`salon-outbox:${table}`])
  const limit = selection.limit ?? 500
  const query = trx(table)
    .select("id", "sequence", "event_name", "aggregate_id", "data", "created_at")
    .where({ status: "pending" })
    .whereNull("deleted_at")
    .orderBy("sequence", "asc")
    .limit(limit)
  if (selection.aggregate_ids) {
    if (!selection.aggregate_ids.length) {
      return 0
    }
    query.whereIn("aggregate_id", selection.aggregate_ids)
  } else if (selection.min_age_ms) {
    query.where(
      "created_at",
      "<=",
      trx.raw("now() - make_interval(secs => ?)", [selection.min_age_ms / 1000])
    )
  }
  const rows = (await query) as (OutboxEvent & { sequence: string | number })[]
  if (!rows.length) {
    return 0
  }
  const events = rows.map((row) => ({ ...row, sequence: Number(row.sequence) }))
  await publish(events)
  await trx(table)
    .whereIn(
      "id",
      events.map((event) => event.id)
    )
    .update({
      status: "published",
      published_at: trx.fn.now(),
      attempts: trx.raw("attempts + 1"),
      last_error: null,
      updated_at: trx.fn.now(),
    })
  return events.length
}

/** Notes a failed publication on the events that were to go (outside the failed transaction). */
export async function recordOutboxPublishFailure(
  knex: Knex,
  table: string,
  selection: OutboxSelection,
  error: Error
): Promise<void> {
  const query = knex(table).where({ status: "pending" }).whereNull("deleted_at")
  if (selection.aggregate_ids?.length) {
    query.whereIn("aggregate_id", selection.aggregate_ids)
  }
  await query.update({
    attempts: knex.raw("attempts + 1"),
    last_error: error.message.slice(0, 2000),
    updated_at: knex.fn.now(),
  })
}

export async function readOutboxTableBacklog(
  knex: Knex,
  table: string
): Promise<OutboxTableBacklog> {
  const { rows } = (await knex.raw(
    `SELECT count(*)::int AS pending,
            extract(epoch FROM now() - min(created_at))::float AS oldest
       FROM ?? WHERE status = 'pending' AND deleted_at IS NULL`,
    [table]
  )) as { rows: { pending: number; oldest: number | null }[] }
  return {
    pending: rows[0].pending,
    oldest_pending_age_seconds:
      rows[0].oldest === null ? null : Math.round(rows[0].oldest * 10) / 10,
  }
}

/** Deletes published events older than the retention; the changes themselves stay in their ledgers. */
export async function purgePublishedOutboxEvents(
  knex: Knex,
  table: string,
  retentionDays: number
): Promise<number> {
  return await knex(table)
    .where({ status: "published" })
    .where("published_at", "<", knex.raw("now() - make_interval(days => ?)", [retentionDays]))
    .delete()
}
