import { generateEntityId } from "@medusajs/framework/utils"
import { COMMISSION_PERIOD_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { PeriodRow, PeriodStatus } from "../types"

/** The months closed so far. */
export async function closedPeriods(trx: Knex): Promise<Set<string>> {
  const rows = (await trx("commission_period")
    .select("period")
    .where({ status: "closed" })
    .whereNull("deleted_at")) as { period: string }[]
  return new Set(rows.map((row) => row.period))
}

/** Gives the month its row (open) unless it has one, so it can be locked. */
export async function ensurePeriod(trx: Knex, period: string): Promise<void> {
  await trx.raw(
    `INSERT INTO commission_period (id, period, status) VALUES (?, ?, 'open') ON CONFLICT (period) WHERE deleted_at IS NULL DO NOTHING`,
    [generateEntityId(undefined, COMMISSION_PERIOD_ID_PREFIX), period]
  )
}

/**
 * The month's status under a share lock: a close waits for the syncs holding it, and a sync
 * after the close sees it closed.
 */
export async function shareLockPeriod(
  trx: Knex,
  period: string
): Promise<PeriodStatus | undefined> {
  const row = await trx("commission_period")
    .select("status")
    .where({ period })
    .whereNull("deleted_at")
    .forShare()
    .first()
  return row?.status
}

/** The month's status, its row locked for a close. */
export async function lockPeriod(trx: Knex, period: string): Promise<PeriodStatus> {
  const row = await trx("commission_period")
    .select("status")
    .where({ period })
    .whereNull("deleted_at")
    .forUpdate()
    .first()
  return row.status
}

/** The earliest month before `period` that has entries and is still open. */
export async function earlierOpenPeriod(trx: Knex, period: string): Promise<string | null> {
  const row = await trx("commission_period")
    .select("period")
    .where("period", "<", period)
    .where({ status: "open" })
    .whereExists(function () {
      this.select(trx.raw(1))
        .from("commission_entry")
        .whereRaw("commission_entry.period = commission_period.period")
    })
    .whereNull("deleted_at")
    .orderBy("period")
    .first()
  return row?.period ?? null
}

export async function markClosed(trx: Knex, period: string, closedBy: string | null) {
  await trx("commission_period")
    .update({
      status: "closed",
      closed_at: trx.fn.now(),
      closed_by: closedBy,
      updated_at: trx.fn.now(),
    })
    .where({ period })
}

export async function markOpen(trx: Knex, period: string) {
  await trx("commission_period")
    .update({ status: "open", closed_at: null, closed_by: null, updated_at: trx.fn.now() })
    .where({ period })
    .whereNull("deleted_at")
}

/** The month's row (status, when and by whom it was closed), if it has one. */
export async function findPeriod(
  knex: Knex,
  period: string
): Promise<Omit<PeriodRow, "period"> | undefined> {
  const [row] = await knex("commission_period")
    .select("status", "closed_at", "closed_by")
    .where({ period })
    .whereNull("deleted_at")
  return row
}

export async function listPeriodRows(knex: Knex): Promise<PeriodRow[]> {
  return await knex("commission_period")
    .select("period", "status", "closed_at", "closed_by")
    .whereNull("deleted_at")
}
