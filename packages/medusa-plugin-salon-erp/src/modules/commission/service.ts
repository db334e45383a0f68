import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
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
  COMMISSION_OUTBOX_ID_PREFIX,
  COMMISSION_OUTBOX_TABLE,
  CommissionWorkflowEvents,
  attributionChangedEvent,
  entriesRecordedEvent,
  periodClosedEvent,
  ruleEvent,
} from "./events"
import {
  type EarningLine,
  type RuleSpec,
  computeLine,
  resolveRule,
  settleRetroactive,
} from "./lib/calculate"
import { type CommissionOptions, parseCommissionOptions } from "./lib/options"
import { PERIOD_PATTERN, openPeriodFor, periodOf } from "./lib/periods"

type Knex = ReturnType<EntityManager["getKnex"]>
type SharedContext = Context<EntityManager>

const raw = (value: Parameters<typeof MathBN.convert>[0]) => ({
  value: MathBN.convert(value).toFixed(),
  precision: 20,
})

export type SyncResult = { written: number; entry_ids: string[] }

type AttributionTarget = {
  source_type: string
  source_id: string
  source_line_id: string
  role: "labour" | "sales"
}
type AttributionShare = { staff_member_id: string; share: number }

/** Who earns a line in a role, as staff set it (no shares: back to the default earner). */
export type AttributionChange = {
  target: AttributionTarget
  shares: AttributionShare[]
  set_by: string | null
}

export type PeriodSummary = {
  period: string
  status: "open" | "closed"
  closed_at: Date | null
  closed_by: string | null
  entries: number
  staff_members: number
  total_amount: string
}

type ExportFilter = {
  period?: string
  staff_member_id?: string[]
  branch_id?: string[]
  kind?: string[]
  source_type?: string
  source_id?: string
  customer_id?: string
  occurred_from?: string
  occurred_to?: string
}

type StaffStatement = {
  staff_member_id: string
  currency_code: string
  total_amount: string
  total_base: string
  entries: number
  reversals: number
  by_kind: Record<string, { base: string; amount: string; entries: number }>
}

type NetRow = {
  source_line_id: string
  staff_member_id: string
  role: "labour" | "sales"
  kind: string
  base: string
  amount: string
  last_entry_id: string
}

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
    source: { source_type: string; source_id: string },
    lines: EarningLine[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<SyncResult> {
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    const rule = Object.keys(data).length
      ? await this.updateCommissionRules({ id, ...data } as never, sharedContext)
      : await this.retrieveCommissionRule(id, {}, sharedContext)
    await this.stage_(trx, [ruleEvent(CommissionWorkflowEvents.RULE_UPDATED, id)])
    return rule
  }

  /** Withdraws (soft-deletes) a rule and stages `commission_rule.deleted`, in one transaction. */
  @InjectTransactionManager()
  async deleteRule(id: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    await this.softDeleteCommissionRules([id], {}, sharedContext)
    await this.stage_(trx, [ruleEvent(CommissionWorkflowEvents.RULE_DELETED, id)])
    return { id }
  }

  protected async syncSource_(
    trx: Knex,
    source: { source_type: string; source_id: string },
    lines: EarningLine[]
  ): Promise<SyncResult> {
    // One write per source at a time (two deliveries of one event must not both write). Callers
    // that read facts from other modules do it under the locking module's lock instead (see the
    // sync step): reading them here would hold this connection while needing another.
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [
      `commission:${source.source_type}:${source.source_id}`,
    ])

    const existing = (await trx("commission_entry")
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
    const keyOf = (line: {
      source_line_id: string
      staff_member_id: string
      role: string
      kind: string
    }) => `${line.source_line_id}|${line.staff_member_id}|${line.role}|${line.kind}`
    const net = new Map(existing.map((row) => [keyOf(row), row]))

    const rules = await this.loadRules_(trx)
    const now = new Date()
    const rows: Record<string, unknown>[] = []
    const seen = new Set<string>()

    for (const line of lines) {
      const key = keyOf(line)
      seen.add(key)
      const resolved = resolveRule(line, rules)
      const staffBase = MathBN.div(MathBN.mult(line.base, line.share), 100)
      const current = net.get(key)
      // Earned before and not reversed since.
      const live = !!current && !(MathBN.eq(current.amount, 0) && MathBN.eq(current.base, 0))
      // Unchanged base and earner: keep what was written (tiers are not re-rated after the fact).
      if (live && MathBN.eq(current!.base, staffBase.decimalPlaces(2, 4))) continue
      if (live) {
        rows.push(
          await this.reversalRow_(trx, current!, line, source, now, "what was earned changed")
        )
      }
      // Nothing to pay on a zero base, except a fixed amount per unit (e.g. a complimentary session).
      if (!resolved || (MathBN.eq(line.base, 0) && resolved.rule.rate_type !== "fixed")) continue
      // A corrected line (partly returned, refunded …) counts with its reversal, in the month of
      // the correction; a first earning in the month it happened.
      const period = await this.periodFor_(trx, live ? now : line.occurred_at)
      const monthToDate =
        resolved.rule.tier_mode === "progressive" ? await this.monthToDate_(trx, line, period) : 0
      const computed = computeLine(line, resolved.rule, resolved.level, monthToDate)
      rows.push({
        id: generateEntityId(undefined, "cent"),
        period,
        staff_member_id: line.staff_member_id,
        branch_id: line.branch_id,
        customer_id: line.customer_id,
        kind: line.kind,
        role: line.role,
        source_type: source.source_type,
        source_id: source.source_id,
        source_line_id: line.source_line_id,
        currency_code: line.currency_code,
        base: computed.base,
        raw_base: raw(computed.base),
        share: MathBN.convert(line.share).toFixed(),
        raw_share: raw(line.share),
        quantity: line.quantity,
        rule_id: resolved.rule.id,
        rate_type: resolved.rule.rate_type,
        rate: computed.rate,
        raw_rate: computed.rate === null ? null : raw(computed.rate),
        multiplier: computed.multiplier,
        is_designated: line.is_designated,
        amount: computed.amount,
        raw_amount: raw(computed.amount),
        explanation: computed.explanation,
        occurred_at: new Date(line.occurred_at),
      })
    }

    // Lines earned before but not any more: clawback in the month it happens.
    for (const [key, current] of net) {
      if (seen.has(key) || (MathBN.eq(current.amount, 0) && MathBN.eq(current.base, 0))) continue
      rows.push(
        await this.reversalRow_(
          trx,
          current,
          null,
          source,
          now,
          "no longer earned (refunded, canceled or re-attributed)"
        )
      )
    }

    if (rows.length) {
      await trx("commission_entry").insert(rows)
    }
    return { written: rows.length, entry_ids: rows.map((row) => row.id as string) }
  }

  protected async reversalRow_(
    trx: Knex,
    current: NetRow,
    line: EarningLine | null,
    source: { source_type: string; source_id: string },
    now: Date,
    why: string
  ) {
    const last = await trx("commission_entry")
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
      .where({ id: current.last_entry_id })
      .first()
    const base = MathBN.mult(current.base, -1).toFixed()
    const amount = MathBN.mult(current.amount, -1).toFixed()
    return {
      id: generateEntityId(undefined, "cent"),
      period: await this.periodFor_(trx, now),
      staff_member_id: current.staff_member_id,
      branch_id: line?.branch_id ?? last.branch_id,
      customer_id: line?.customer_id ?? last.customer_id,
      kind: current.kind,
      role: current.role,
      source_type: source.source_type,
      source_id: source.source_id,
      source_line_id: current.source_line_id,
      currency_code: last.currency_code,
      base,
      raw_base: raw(base),
      share: last.share,
      raw_share: raw(last.share),
      quantity: last.quantity,
      // The reversed entry's rule and rate, so a month-end tier settlement nets them out too.
      rule_id: last.rule_id,
      rate_type: last.rate_type,
      rate: last.rate,
      raw_rate: last.rate === null ? null : raw(last.rate),
      multiplier: last.multiplier,
      is_designated: last.is_designated,
      amount,
      raw_amount: raw(amount),
      explanation: `Reversal of ${MathBN.convert(current.amount).toFixed(2)} ${String(last.currency_code).toUpperCase()} on a base of ${MathBN.convert(current.base).toFixed(2)}: ${why}`,
      reverses_entry_id: current.last_entry_id,
      occurred_at: now,
    }
  }

  /** The staff member's base for this kind earlier in the period (progressive tiers). */
  protected async monthToDate_(trx: Knex, line: EarningLine, period: string): Promise<string> {
    // Serialize tier math per staff member and month so two lines cannot both take the same band.
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [
      `commission-tier:${line.staff_member_id}:${period}:${line.kind}`,
    ])
    const row = await trx("commission_entry")
      .select(trx.raw("coalesce(sum(base), 0)::text as base"))
      .where({ staff_member_id: line.staff_member_id, period, kind: line.kind })
      .whereNull("deleted_at")
      .first()
    return row.base
  }

  /**
   * The period an entry made now counts in. Takes a share lock on the period row, so a close
   * waits for syncs in flight and later syncs see it closed.
   */
  protected async periodFor_(trx: Knex, at: Date | string): Promise<string> {
    const closed = new Set(
      (
        await trx("commission_period")
          .select("period")
          .where({ status: "closed" })
          .whereNull("deleted_at")
      ).map((row: { period: string }) => row.period)
    )
    const period = openPeriodFor(periodOf(at, this.options_.timezone), closed)
    await trx.raw(
      `INSERT INTO commission_period (id, period, status) VALUES (?, ?, 'open') ON CONFLICT (period) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "cper"), period]
    )
    const row = await trx("commission_period")
      .select("status")
      .where({ period })
      .whereNull("deleted_at")
      .forShare()
      .first()
    if (row?.status === "closed") {
      // Closed while we waited: count it in the next month instead.
      return await this.periodFor_(
        trx,
        new Date(Date.parse(`${period}-28T00:00:00Z`) + 5 * 86_400_000)
      )
    }
    return period
  }

  protected async loadRules_(knex: Knex): Promise<RuleSpec[]> {
    const rows = await knex("commission_rule")
      .select("*")
      .where({ is_active: true })
      .whereNull("deleted_at")
    return rows.map((row) => ({
      ...row,
      rate: MathBN.convert(row.rate).toFixed(),
      tiers: typeof row.tiers === "string" ? JSON.parse(row.tiers) : row.tiers,
    }))
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    await trx.raw(
      `INSERT INTO commission_period (id, period, status) VALUES (?, ?, 'open') ON CONFLICT (period) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "cper"), period]
    )
    const row = await trx("commission_period")
      .select("status")
      .where({ period })
      .whereNull("deleted_at")
      .forUpdate()
      .first()
    if (row.status === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Commission period ${period} is already closed`
      )
    }
    const earlierOpen = await trx("commission_period")
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
    if (earlierOpen) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Close ${earlierOpen.period} before ${period}`
      )
    }

    const rules = (await this.loadRules_(trx)).filter(
      (rule) => rule.tier_mode === "retroactive" && rule.tiers?.length
    )
    const settlements: Record<string, unknown>[] = []
    for (const rule of rules) {
      const entries = await trx("commission_entry")
        .select("staff_member_id", "base", "rate", "multiplier", "currency_code", "branch_id")
        .where({ period, rule_id: rule.id })
        .whereNull("deleted_at")
      const byStaff = new Map<string, typeof entries>()
      for (const entry of entries)
        byStaff.set(entry.staff_member_id, [...(byStaff.get(entry.staff_member_id) ?? []), entry])
      for (const [staffId, own] of byStaff) {
        const performance = await trx("commission_entry")
          .select(trx.raw("coalesce(sum(base), 0)::text as base"))
          .where({ staff_member_id: staffId, period, kind: rule.kind })
          .whereNull("deleted_at")
          .first()
        const settlement = settleRetroactive(rule, performance.base, own, own[0].currency_code)
        if (!settlement) continue
        settlements.push({
          id: generateEntityId(undefined, "cent"),
          period,
          staff_member_id: staffId,
          branch_id: own[0].branch_id,
          customer_id: null,
          kind: "tier_settlement",
          role: "labour",
          source_type: "commission_period",
          source_id: period,
          source_line_id: `${period}:${rule.id}:${staffId}`,
          currency_code: own[0].currency_code,
          base: "0",
          raw_base: raw(0),
          share: "100",
          raw_share: raw(100),
          quantity: 1,
          rule_id: rule.id,
          rate_type: "percent",
          rate: settlement.rate,
          raw_rate: raw(settlement.rate),
          multiplier: 1,
          is_designated: false,
          amount: settlement.amount,
          raw_amount: raw(settlement.amount),
          explanation: settlement.explanation,
          occurred_at: new Date(),
        })
      }
    }
    if (settlements.length) {
      await trx("commission_entry").insert(settlements)
    }
    await trx("commission_period")
      .update({
        status: "closed",
        closed_at: trx.fn.now(),
        closed_by: closedBy,
        updated_at: trx.fn.now(),
      })
      .where({ period })
    const result = {
      period,
      settlements: settlements.length,
      settlement_entry_ids: settlements.map((row) => row.id as string),
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    await trx("commission_period")
      .update({ status: "open", closed_at: null, closed_by: null, updated_at: trx.fn.now() })
      .where({ period })
      .whereNull("deleted_at")
    if (!settlementEntryIds.length) return
    const settlements = await trx("commission_entry").select("*").whereIn("id", settlementEntryIds)
    await trx("commission_entry").insert(
      settlements.map(
        (entry: {
          id: string
          source_line_id: string
          amount: string
          base: string
          share: string
          rate: string | null
        }) => {
          const amount = MathBN.mult(entry.amount, -1).toFixed()
          return {
            ...entry,
            id: generateEntityId(undefined, "cent"),
            amount,
            raw_amount: raw(amount),
            raw_base: raw(entry.base),
            raw_share: raw(entry.share),
            raw_rate: entry.rate === null ? null : raw(entry.rate),
            explanation: `Reversal of the ${period} tier settlement: the period was reopened`,
            reverses_entry_id: entry.id,
            source_line_id: `${entry.source_line_id}:reopened`,
            occurred_at: new Date(),
            created_at: undefined,
            updated_at: undefined,
          }
        }
      )
    )
  }

  /**
   * Monthly statements per staff member: totals by kind, base, entry count, reversals, and the
   * best tier reached, aggregated in SQL.
   */
  @InjectManager()
  async statements(
    filter: { period: string; staff_member_id?: string; branch_id?: string },
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
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
    const rows = await query
    const [periodRow] = await knex("commission_period")
      .select("status", "closed_at", "closed_by")
      .where({ period: filter.period })
      .whereNull("deleted_at")
    const rules = await this.loadRules_(knex)
    const byStaff = new Map<string, StaffStatement>()
    for (const row of rows) {
      const key = `${row.staff_member_id}|${row.currency_code}`
      const statement: StaffStatement = byStaff.get(key) ?? {
        staff_member_id: row.staff_member_id,
        currency_code: row.currency_code,
        total_amount: "0",
        total_base: "0",
        entries: 0,
        reversals: 0,
        by_kind: {},
      }
      statement.total_amount = MathBN.add(statement.total_amount, row.amount).toFixed()
      if (row.kind !== "tier_settlement")
        statement.total_base = MathBN.add(statement.total_base, row.base).toFixed()
      statement.entries += row.entries
      statement.reversals += row.reversals
      statement.by_kind[row.kind] = { base: row.base, amount: row.amount, entries: row.entries }
      byStaff.set(key, statement)
    }
    return {
      period: filter.period,
      status: periodRow?.status ?? "open",
      closed_at: periodRow?.closed_at ?? null,
      closed_by: periodRow?.closed_by ?? null,
      statements: [...byStaff.values()].map((statement) => ({
        ...statement,
        tiers_reached: rules
          .filter(
            (rule) =>
              rule.tier_mode !== "none" && rule.tiers?.length && statement.by_kind[rule.kind]
          )
          .map((rule) => {
            const performance = statement.by_kind[rule.kind].base
            const reached = [...(rule.tiers ?? [])]
              .sort((a, b) => Number(a.threshold) - Number(b.threshold))
              .filter((tier) => MathBN.gte(performance, tier.threshold))
              .pop()
            return {
              rule_id: rule.id,
              rule_name: rule.name,
              kind: rule.kind,
              performance,
              threshold: reached?.threshold ?? null,
              rate: reached?.rate ?? rule.rate,
            }
          }),
      })),
    }
  }

  /** Per staff member and branch between two instants: sales, commission, designated share. */
  @InjectManager()
  async earningsByStaff(
    filter: { from: Date; to: Date; branch_id?: string },
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
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

  /** A page of entries for export, oldest first, after a keyset cursor. */
  @InjectManager()
  async exportEntriesPage(
    filter: ExportFilter,
    after: { cursor_at: string; id: string } | null = null,
    limit = 2000,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Record<string, unknown>[]> {
    const knex = sharedContext.manager!.getKnex()
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

  async *exportEntries(filter: Parameters<CommissionModuleService["exportEntriesPage"]>[0]) {
    let after: { cursor_at: string; id: string } | null = null
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    const entries = await trx("commission_entry")
      .select("*")
      .whereIn("id", entryIds)
      .whereNull("deleted_at")
    const now = new Date()
    const rows: Record<string, unknown>[] = []
    for (const entry of entries) {
      const base = MathBN.mult(entry.base, -1).toFixed()
      const amount = MathBN.mult(entry.amount, -1).toFixed()
      rows.push({
        ...entry,
        id: generateEntityId(undefined, "cent"),
        period: await this.periodFor_(trx, now),
        base,
        raw_base: raw(base),
        amount,
        raw_amount: raw(amount),
        raw_share: raw(entry.share),
        raw_rate: entry.rate === null ? null : raw(entry.rate),
        explanation: `Reversal of ${MathBN.convert(entry.amount).toFixed(2)} ${String(entry.currency_code).toUpperCase()}: ${why}`,
        reverses_entry_id: entry.id,
        occurred_at: now,
        created_at: undefined,
        updated_at: undefined,
      })
    }
    await trx("commission_entry").insert(rows)
    return rows.length
  }

  /** The month an instant falls in (chain time zone), and whether that month is closed. */
  @InjectManager()
  async periodStatusAt(at: Date | string, @MedusaContext() sharedContext: SharedContext = {}) {
    const period = periodOf(at, this.options_.timezone)
    const knex = sharedContext.manager!.getKnex()
    const row = await knex("commission_period")
      .select("status")
      .where({ period })
      .whereNull("deleted_at")
      .first()
    return { period, status: (row?.status ?? "open") as "open" | "closed" }
  }

  /** Every month with entries or a status, newest first, with totals. */
  @InjectManager()
  async listPeriods(@MedusaContext() sharedContext: SharedContext = {}): Promise<PeriodSummary[]> {
    const knex = sharedContext.manager!.getKnex()
    const totals = await knex("commission_entry")
      .select(
        "period",
        knex.raw("count(*)::int as entries"),
        knex.raw("count(distinct staff_member_id)::int as staff_members"),
        knex.raw("coalesce(sum(amount), 0)::text as total_amount")
      )
      .whereNull("deleted_at")
      .groupBy("period")
    const periods = await knex("commission_period")
      .select("period", "status", "closed_at", "closed_by")
      .whereNull("deleted_at")
    const byPeriod = new Map<string, PeriodSummary>()
    for (const row of periods)
      byPeriod.set(row.period, { ...row, entries: 0, staff_members: 0, total_amount: "0" })
    for (const row of totals) {
      byPeriod.set(row.period, {
        status: "open",
        closed_at: null,
        closed_by: null,
        ...byPeriod.get(row.period),
        ...row,
      })
    }
    return [...byPeriod.values()].sort((a, b) => b.period.localeCompare(a.period))
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
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    const previous = await trx("commission_attribution")
      .select("staff_member_id", "share")
      .where({ source_line_id: target.source_line_id, role: target.role })
      .whereNull("deleted_at")
    await trx("commission_attribution")
      .where({ source_line_id: target.source_line_id, role: target.role })
      .delete()
    if (shares.length) {
      await trx("commission_attribution").insert(
        shares.map((share) => ({
          id: generateEntityId(undefined, "catt"),
          ...target,
          staff_member_id: share.staff_member_id,
          share: share.share,
          raw_share: raw(share.share),
          set_by: setBy,
        }))
      )
    }
    return previous.map((row: { staff_member_id: string; share: string }) => ({
      staff_member_id: row.staff_member_id,
      share: Number(row.share),
    }))
  }
}

export default CommissionModuleService
