import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  CommissionAttribution,
  CommissionEntry,
  CommissionOutboxEvent,
  CommissionPeriod,
  CommissionRule,
} from "./models"
import { type OutboxEventDraft, stageOutboxEvents, withOutbox } from "../../lib/outbox"
import {
  COMMISSION_OUTBOX_TABLE,
  CommissionWorkflowEvents,
  attributionChangedEvent,
  entriesRecordedEvent,
  periodClosedEvent,
  ruleEvent,
} from "./events"
import { type EarningLine, computeLine, resolveRule, settleRetroactive } from "./lib/calculate"
import { COMMISSION_OUTBOX_ID_PREFIX } from "./lib/constants"
import { type Knex, transactionOf } from "./lib/db"
import {
  compensatingReversal,
  earnedEntry,
  isNettedOut,
  netKey,
  reopenedSettlementReversal,
  reversalEntry,
  settlementEntry,
} from "./lib/entries"
import { type CommissionOptions, parseCommissionOptions } from "./lib/options"
import { PERIOD_PATTERN, openPeriodFor, periodOf } from "./lib/periods"
import { periodSummaries, staffStatements, tiersReached } from "./lib/statements"
import * as attributions from "./repositories/attribution-repository"
import * as entries from "./repositories/entry-repository"
import * as periods from "./repositories/period-repository"
import { activeRules } from "./repositories/rule-repository"
import type {
  AttributionChange,
  AttributionShare,
  AttributionTarget,
  CommissionSource,
  ExportCursor,
  ExportFilter,
  NetRow,
  NewCommissionEntry,
  PeriodSummary,
  RuleEntry,
  StatementFilter,
  SyncResult,
} from "./types"

export type { AttributionChange, PeriodSummary, SyncResult } from "./types"

type SharedContext = Context<EntityManager>

/**
 * Commission rules, who earned each line (attributions), the append-only ledger of what staff
 * earned, and the monthly periods it is closed in. The SQL lives in ./repositories, the rows and
 * figures in ./lib; events are staged in the module's outbox in the same transaction.
 */
class CommissionModuleService extends withOutbox(
  MedusaService({
    CommissionRule,
    CommissionAttribution,
    CommissionEntry,
    CommissionPeriod,
    CommissionOutboxEvent,
  }),
  COMMISSION_OUTBOX_TABLE
) {
  protected readonly options_: CommissionOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseCommissionOptions(options)
  }

  async getCommissionSettings(): Promise<CommissionOptions> {
    return { ...this.options_ }
  }

  /**
   * Brings one source's commission entries in line with what was earned (`lines`): a line whose
   * base or earner changed is reversed and written anew; a line no longer earned (refund,
   * cancellation, re-attribution) is reversed; an unchanged line writes nothing, so replaying an
   * event never duplicates. New earnings count in the month they happened, corrections in the
   * month they are made; a closed month is never written to.
   */
  @InjectTransactionManager()
  async syncSource(
    source: CommissionSource,
    lines: EarningLine[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<SyncResult> {
    const trx = transactionOf(sharedContext)
    const result = await this.syncSource_(trx, source, lines)
    // Entries and their event commit together; a sync that changed nothing stages nothing.
    if (result.written) {
      await this.stage_(trx, [
        entriesRecordedEvent({
          source_type: source.source_type,
          source_id: source.source_id,
          entry_ids: result.entry_ids,
        }),
      ])
    }
    return result
  }

  /**
   * Sets who earned a line and re-records its source's commissions (`lines`, collected with the
   * new attribution; null when the source is gone: entries stay) in one transaction, staging
   * `commission.attribution_changed` with it. Returns the previous attribution and the entries
   * written (for compensation).
   */
  @InjectTransactionManager()
  async setAttributionAndSync(
    change: AttributionChange,
    lines: EarningLine[] | null,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ previous: AttributionShare[]; entry_ids: string[] }> {
    const trx = transactionOf(sharedContext)
    const previous = await this.setAttribution(
      change.target,
      change.shares,
      change.set_by,
      sharedContext
    )
    const { entry_ids } = lines
      ? await this.syncSource_(trx, change.target, lines)
      : { entry_ids: [] as string[] }
    await this.stage_(trx, [
      attributionChangedEvent({
        ...change.target,
        shares: change.shares,
        set_by: change.set_by,
        entry_ids,
      }),
    ])
    return { previous, entry_ids }
  }

  protected async stage_(trx: Knex, events: OutboxEventDraft[]) {
    await stageOutboxEvents(trx, COMMISSION_OUTBOX_TABLE, COMMISSION_OUTBOX_ID_PREFIX, events)
  }

  /** Creates a rule and stages `commission_rule.created`, in one transaction. */
  @InjectTransactionManager()
  async createRule(
    data: Record<string, unknown>,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = transactionOf(sharedContext)
    const [rule] = await this.createCommissionRules([data] as never[], sharedContext)
    await this.stage_(trx, [ruleEvent(CommissionWorkflowEvents.RULE_CREATED, rule.id)])
    return rule
  }

  /**
   * Changes a rule's fields (none: it stays as it is) and stages `commission_rule.updated`, in one
   * transaction.
   */
  @InjectTransactionManager()
  async updateRule(
    id: string,
    data: Record<string, unknown>,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = transactionOf(sharedContext)
    const rule = Object.keys(data).length
      ? await this.updateCommissionRules({ id, ...data } as never, sharedContext)
      : await this.retrieveCommissionRule(id, {}, sharedContext)
    await this.stage_(trx, [ruleEvent(CommissionWorkflowEvents.RULE_UPDATED, id)])
    return rule
  }

  /** Withdraws (soft-deletes) a rule and stages `commission_rule.deleted`, in one transaction. */
  @InjectTransactionManager()
  async deleteRule(id: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = transactionOf(sharedContext)
    await this.softDeleteCommissionRules([id], {}, sharedContext)
    await this.stage_(trx, [ruleEvent(CommissionWorkflowEvents.RULE_DELETED, id)])
    return { id }
  }

  protected async syncSource_(
    trx: Knex,
    source: CommissionSource,
    lines: EarningLine[]
  ): Promise<SyncResult> {
    // Callers that read facts from other modules do it under the locking module's lock instead
    // (see the sync step): reading them here would hold this connection while needing another.
    await entries.lockSource(trx, source)
    const net = new Map(
      (await entries.netBySourceLine(trx, source)).map((row) => [netKey(row), row])
    )
    const rules = await activeRules(trx)
    const now = new Date()
    const rows: NewCommissionEntry[] = []
    const seen = new Set<string>()

    for (const line of lines) {
      const key = netKey(line)
      seen.add(key)
      const resolved = resolveRule(line, rules)
      const staffBase = MathBN.div(MathBN.mult(line.base, line.share), 100)
      const current = net.get(key)
      // Earned before and not reversed since.
      const live = !!current && !isNettedOut(current)
      // Unchanged base and earner: keep what was written (tiers are not re-rated after the fact).
      if (live && MathBN.eq(current!.base, staffBase.decimalPlaces(2, 4))) continue
      if (live) {
        rows.push(await this.reversal_(trx, current!, line, source, now, "what was earned changed"))
      }
      // Nothing to pay on a zero base, except a fixed amount per unit (e.g. a complimentary session).
      if (!resolved || (MathBN.eq(line.base, 0) && resolved.rule.rate_type !== "fixed")) continue
      // A corrected line (partly returned, refunded …) counts with its reversal, in the month of
      // the correction; a first earning in the month it happened.
      const period = await this.periodFor_(trx, live ? now : line.occurred_at)
      const monthToDate =
        resolved.rule.tier_mode === "progressive" ? await entries.monthToDate(trx, line, period) : 0
      const computed = computeLine(line, resolved.rule, resolved.level, monthToDate)
      rows.push(earnedEntry({ line, source, period, rule: resolved.rule, computed }))
    }

    // Lines earned before but not any more: clawback in the month it happens.
    for (const [key, current] of net) {
      if (seen.has(key) || isNettedOut(current)) continue
      const why = "no longer earned (refunded, canceled or re-attributed)"
      rows.push(await this.reversal_(trx, current, null, source, now, why))
    }

    await entries.insertEntries(trx, rows)
    return { written: rows.length, entry_ids: rows.map((row) => row.id) }
  }

  protected async reversal_(
    trx: Knex,
    current: NetRow,
    line: EarningLine | null,
    source: CommissionSource,
    now: Date,
    why: string
  ): Promise<NewCommissionEntry> {
    const last = await entries.reversedTerms(trx, current.last_entry_id)
    const period = await this.periodFor_(trx, now)
    return reversalEntry({ current, line, last, source, period, now, why })
  }

  /**
   * The period an entry made now counts in. Takes a share lock on the period row, so a close
   * waits for syncs in flight and later syncs see it closed.
   */
  protected async periodFor_(trx: Knex, at: Date | string): Promise<string> {
    const closed = await periods.closedPeriods(trx)
    const period = openPeriodFor(periodOf(at, this.options_.timezone), closed)
    await periods.ensurePeriod(trx, period)
    if ((await periods.shareLockPeriod(trx, period)) === "closed") {
      // Closed while we waited: count it in the next month instead.
      return await this.periodFor_(
        trx,
        new Date(Date.parse(`${period}-28T00:00:00Z`) + 5 * 86_400_000)
      )
    }
    return period
  }

  /**
   * Closes a month: pays retroactive tiers on the whole month for everyone who reached one, then
   * locks it. Later corrections land in the next open month.
   */
  @InjectTransactionManager()
  async closePeriod(
    period: string,
    closedBy: string | null,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ period: string; settlements: number; settlement_entry_ids: string[] }> {
    if (!PERIOD_PATTERN.test(period)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A period is a month as YYYY-MM; got "${period}"`
      )
    }
    const current = periodOf(new Date(), this.options_.timezone)
    if (period > current) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${period} has not started yet; only past or current months can be closed`
      )
    }
    const trx = transactionOf(sharedContext)
    await periods.ensurePeriod(trx, period)
    if ((await periods.lockPeriod(trx, period)) === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Commission period ${period} is already closed`
      )
    }
    const earlierOpen = await periods.earlierOpenPeriod(trx, period)
    if (earlierOpen) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Close ${earlierOpen} before ${period}`)
    }

    const rules = (await activeRules(trx)).filter(
      (rule) => rule.tier_mode === "retroactive" && rule.tiers?.length
    )
    const settlements: NewCommissionEntry[] = []
    for (const rule of rules) {
      const byStaff = new Map<string, RuleEntry[]>()
      for (const entry of await entries.ruleEntries(trx, period, rule.id))
        byStaff.set(entry.staff_member_id, [...(byStaff.get(entry.staff_member_id) ?? []), entry])
      for (const [staffId, own] of byStaff) {
        const performance = await entries.performance(trx, staffId, period, rule.kind)
        const settlement = settleRetroactive(rule, performance, own, own[0].currency_code)
        if (!settlement) continue
        settlements.push(
          settlementEntry({ period, rule, staff_member_id: staffId, own, settlement })
        )
      }
    }
    await entries.insertEntries(trx, settlements)
    await periods.markClosed(trx, period, closedBy)
    const result = {
      period,
      settlements: settlements.length,
      settlement_entry_ids: settlements.map((row) => row.id),
    }
    await this.stage_(trx, [periodClosedEvent({ ...result, closed_by: closedBy })])
    return result
  }

  /**
   * Reopens a month closed by a workflow that then failed: its settlements get reversing entries
   * in that month and it takes entries again.
   */
  @InjectTransactionManager()
  async reopenPeriod(
    period: string,
    settlementEntryIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = transactionOf(sharedContext)
    await periods.markOpen(trx, period)
    if (!settlementEntryIds.length) return
    const settlements = await entries.entriesByIds(trx, settlementEntryIds, { liveOnly: false })
    await entries.insertEntries(
      trx,
      settlements.map((entry) => reopenedSettlementReversal(entry, period))
    )
  }

  /**
   * Monthly statements per staff member: totals by kind, base, entry count, reversals, and the
   * best tier reached, aggregated in SQL.
   */
  @InjectManager()
  async statements(filter: StatementFilter, @MedusaContext() sharedContext: SharedContext = {}) {
    const knex = sharedContext.manager!.getKnex()
    const rows = await entries.statementRows(knex, filter)
    const periodRow = await periods.findPeriod(knex, filter.period)
    const rules = await activeRules(knex)
    return {
      period: filter.period,
      status: periodRow?.status ?? "open",
      closed_at: periodRow?.closed_at ?? null,
      closed_by: periodRow?.closed_by ?? null,
      statements: staffStatements(rows).map((statement) => ({
        ...statement,
        tiers_reached: tiersReached(statement, rules),
      })),
    }
  }

  /** Per staff member and branch between two instants: sales, commission, designated share. */
  @InjectManager()
  async earningsByStaff(
    filter: { from: Date; to: Date; branch_id?: string },
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    return await entries.earningsByStaff(sharedContext.manager!.getKnex(), filter)
  }

  /** A page of entries for export, oldest first, after a keyset cursor. */
  @InjectManager()
  async exportEntriesPage(
    filter: ExportFilter,
    after: ExportCursor | null = null,
    limit = 2000,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Record<string, unknown>[]> {
    return await entries.exportPage(sharedContext.manager!.getKnex(), filter, after, limit)
  }

  async *exportEntries(filter: Parameters<CommissionModuleService["exportEntriesPage"]>[0]) {
    let after: ExportCursor | null = null
    for (;;) {
      const rows = await this.exportEntriesPage(filter, after)
      if (!rows.length) return
      yield rows
      const last = rows[rows.length - 1]
      after = { cursor_at: last.cursor_at as string, id: last.id as string }
    }
  }

  /**
   * Undoes entries written by a sync whose workflow failed later: each gets a reversing entry
   * (entries are never deleted).
   */
  @InjectTransactionManager()
  async reverseEntries(
    entryIds: string[],
    why: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    if (!entryIds.length) return 0
    const trx = transactionOf(sharedContext)
    const reversed = await entries.entriesByIds(trx, entryIds, { liveOnly: true })
    const now = new Date()
    const rows: NewCommissionEntry[] = []
    for (const entry of reversed) {
      rows.push(compensatingReversal(entry, await this.periodFor_(trx, now), now, why))
    }
    await entries.insertEntries(trx, rows)
    return rows.length
  }

  /** The month an instant falls in (chain time zone), and whether that month is closed. */
  @InjectManager()
  async periodStatusAt(at: Date | string, @MedusaContext() sharedContext: SharedContext = {}) {
    const period = periodOf(at, this.options_.timezone)
    const row = await periods.findPeriod(sharedContext.manager!.getKnex(), period)
    return { period, status: (row?.status ?? "open") as "open" | "closed" }
  }

  /** Every month with entries or a status, newest first, with totals. */
  @InjectManager()
  async listPeriods(@MedusaContext() sharedContext: SharedContext = {}): Promise<PeriodSummary[]> {
    const knex = sharedContext.manager!.getKnex()
    const totals = await entries.periodTotals(knex)
    return periodSummaries(await periods.listPeriodRows(knex), totals)
  }

  /** Replaces the attribution of one role on a line (shares summing to 100); returns the previous. */
  @InjectTransactionManager()
  async setAttribution(
    target: AttributionTarget,
    shares: AttributionShare[],
    setBy: string | null,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<AttributionShare[]> {
    const total = shares.reduce((sum, share) => MathBN.add(sum, share.share), MathBN.convert(0))
    if (shares.length && !MathBN.eq(total, 100)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Shares of the ${target.role} attribution must add up to 100; they add up to ${total.toFixed()}`
      )
    }
    if (new Set(shares.map((share) => share.staff_member_id)).size !== shares.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A staff member appears twice in one attribution"
      )
    }
    return await attributions.replaceShares(transactionOf(sharedContext), target, shares, setBy)
  }
}

export default CommissionModuleService
