import type { EarningLine } from "../lib/calculate"
import type { Knex } from "../lib/db"
import type {
  CommissionEntryRow,
  CommissionSource,
  ExportCursor,
  ExportFilter,
  NetRow,
  NewCommissionEntry,
  ReversedTerms,
  RuleEntry,
  StatementFilter,
  StatementRow,
} from "../types"

/**
 * One write per source at a time (two deliveries of one event must not both write), until the
 * transaction ends.
 */
export async function lockSource(trx: Knex, source: CommissionSource): Promise<void> {
  await trx.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [
    `commission:${source.source_type}:${source.source_id}`,
  ])
}

/** What each line of a source earned so far, net of reversals (tier settlements aside). */
export async function netBySourceLine(trx: Knex, source: CommissionSource): Promise<NetRow[]> {
  return (await trx("commission_entry")
    .select(
      "source_line_id",
      "staff_member_id",
      "role",
      "kind",
      trx.raw("sum(base)::text as base"),
      trx.raw("sum(amount)::text as amount"),
      // The entry now in force (reversals point back at it).
      trx.raw(
        "(array_agg(id order by created_at desc, id desc) filter (where reverses_entry_id is null))[1] as last_entry_id"
      )
    )
    .where({ source_type: source.source_type, source_id: source.source_id })
    .whereNot("kind", "tier_settlement")
    .whereNull("deleted_at")
    .groupBy("source_line_id", "staff_member_id", "role", "kind")) as NetRow[]
}

/** The terms of the entry a reversal takes back. */
export async function reversedTerms(trx: Knex, entryId: string): Promise<ReversedTerms> {
  return await trx("commission_entry")
    .select(
      "branch_id",
      "customer_id",
      "currency_code",
      "share",
      "quantity",
      "is_designated",
      "rule_id",
      "rate_type",
      "rate",
      "multiplier"
    )
    .where({ id: entryId })
    .first()
}

/** A staff member's base for a kind in a period (their performance, for tiers). */
export async function performance(
  knex: Knex,
  staffMemberId: string,
  period: string,
  kind: string
): Promise<string> {
  const row = await knex("commission_entry")
    .select(knex.raw("coalesce(sum(base), 0)::text as base"))
    .where({ staff_member_id: staffMemberId, period, kind })
    .whereNull("deleted_at")
    .first()
  return row.base
}

/** The staff member's base for this kind earlier in the period (progressive tiers). */
export async function monthToDate(trx: Knex, line: EarningLine, period: string): Promise<string> {
  // Serialize tier math per staff member and month so two lines cannot both take the same band.
  await trx.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [
    `commission-tier:${line.staff_member_id}:${period}:${line.kind}`,
  ])
  return await performance(trx, line.staff_member_id, period, line.kind)
}

export async function insertEntries(trx: Knex, rows: NewCommissionEntry[]): Promise<void> {
  if (rows.length) await trx("commission_entry").insert(rows)
}

/** Entries by id; `liveOnly` leaves out soft-deleted ones. */
export async function entriesByIds(
  trx: Knex,
  ids: string[],
  { liveOnly }: { liveOnly: boolean }
): Promise<CommissionEntryRow[]> {
  const query = trx("commission_entry").select("*").whereIn("id", ids)
  if (liveOnly) query.whereNull("deleted_at")
  return (await query) as CommissionEntryRow[]
}

/** The period's entries paid under a rule (what its retroactive tiers settle). */
export async function ruleEntries(trx: Knex, period: string, ruleId: string): Promise<RuleEntry[]> {
  return (await trx("commission_entry")
    .select("staff_member_id", "base", "rate", "multiplier", "currency_code", "branch_id")
    .where({ period, rule_id: ruleId })
    .whereNull("deleted_at")) as RuleEntry[]
}

/** Sums of a period's entries per staff member, currency and kind. */
export async function statementRows(knex: Knex, filter: StatementFilter): Promise<StatementRow[]> {
  const query = knex("commission_entry")
    .select(
      "staff_member_id",
      "currency_code",
      "kind",
      knex.raw("count(*)::int as entries"),
      knex.raw("count(*) filter (where reverses_entry_id is not null)::int as reversals"),
      knex.raw("coalesce(sum(base), 0)::text as base"),
      knex.raw("coalesce(sum(amount), 0)::text as amount")
    )
    .where({ period: filter.period })
    .whereNull("deleted_at")
    .groupBy("staff_member_id", "currency_code", "kind")
    .orderBy("staff_member_id")
  if (filter.staff_member_id) query.where("staff_member_id", filter.staff_member_id)
  if (filter.branch_id) query.where("branch_id", filter.branch_id)
  return (await query) as StatementRow[]
}

/** Per staff member and branch between two instants: commission, sales and service value. */
export async function earningsByStaff(
  knex: Knex,
  filter: { from: Date; to: Date; branch_id?: string }
) {
  const query = knex("commission_entry")
    .select(
      "staff_member_id",
      "branch_id",
      knex.raw("coalesce(sum(amount), 0)::text as commission"),
      knex.raw("coalesce(sum(base) filter (where role = 'sales'), 0)::text as sales"),
      knex.raw("coalesce(sum(base) filter (where role = 'labour'), 0)::text as service_value")
    )
    .where("occurred_at", ">=", filter.from)
    .where("occurred_at", "<", filter.to)
    .whereNull("deleted_at")
    .groupBy("staff_member_id", "branch_id")
  if (filter.branch_id) query.where("branch_id", filter.branch_id)
  return await query
}

/** A page of entries, oldest first, after a keyset cursor (each row carries its cursor_at). */
export async function exportPage(
  knex: Knex,
  filter: ExportFilter,
  after: ExportCursor | null,
  limit: number
): Promise<Record<string, unknown>[]> {
  const query = knex("commission_entry")
    .select(
      "*",
      knex.raw(
        `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at`
      )
    )
    .whereNull("deleted_at")
    .orderBy("created_at")
    .orderBy("id")
    .limit(limit)
  if (filter.period) query.where("period", filter.period)
  if (filter.staff_member_id?.length) query.whereIn("staff_member_id", filter.staff_member_id)
  if (filter.branch_id?.length) query.whereIn("branch_id", filter.branch_id)
  if (filter.kind?.length) query.whereIn("kind", filter.kind)
  if (filter.source_type) query.where("source_type", filter.source_type)
  if (filter.source_id) query.where("source_id", filter.source_id)
  if (filter.customer_id) query.where("customer_id", filter.customer_id)
  if (filter.occurred_from) query.where("occurred_at", ">=", new Date(filter.occurred_from))
  if (filter.occurred_to) query.where("occurred_at", "<", new Date(filter.occurred_to))
  if (after) query.whereRaw("(created_at, id) > (?::timestamptz, ?)", [after.cursor_at, after.id])
  return await query
}

/** Entry count, staff count and total amount of every period with entries. */
export async function periodTotals(
  knex: Knex
): Promise<{ period: string; entries: number; staff_members: number; total_amount: string }[]> {
  return await knex("commission_entry")
    .select(
      "period",
      knex.raw("count(*)::int as entries"),
      knex.raw("count(distinct staff_member_id)::int as staff_members"),
      knex.raw("coalesce(sum(amount), 0)::text as total_amount")
    )
    .whereNull("deleted_at")
    .groupBy("period")
}
