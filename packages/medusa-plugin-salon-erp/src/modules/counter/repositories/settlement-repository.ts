import { SALE_CHANNELS, SALE_LINE_TYPES, TENDER_KINDS } from "../lib/constants"
import type { Knex } from "../lib/db"

/** Which ledger rows a settlement report covers: one shift, or a branch (or all) over days. */
export type SettlementFilter = {
  shift_id?: string
  /** Absent: every branch (the chain). */
  branch_id?: string
  /** Inclusive business days, YYYY-MM-DD. */
  from_date?: string
  to_date?: string
}

type TenderKind = (typeof TENDER_KINDS)[number]
type LineType = (typeof SALE_LINE_TYPES)[number]
type Channel = (typeof SALE_CHANNELS)[number]

/** Money paid in by sales, paid back by refunds (as a positive amount), and the net kept. */
export type SettlementSplit = { sales: number; refunds: number; net: number }

export type SettlementTenderFigure = SettlementSplit & {
  kind: TenderKind
  /** Tender rows of sales (payments) and of refunds. */
  payments: number
  refund_payments: number
}

export type SettlementLineTypeFigure = {
  line_type: LineType
  sold_quantity: number
  sold_amount: number
  /** Positive: units and money given back. */
  refunded_quantity: number
  refunded_amount: number
  net_quantity: number
  net_amount: number
  /** Promotions and manual discounts on the lines sold, net of refunds. */
  discount: number
}

export type SettlementStaffFigure = {
  /** Null: lines no staff member was named on. */
  staff_member_id: string | null
  services_count: number
  /** What clients paid for the services (zero for package sessions). */
  services_amount: number
  /** Services paid by a package session, and the prepaid value of those sessions. */
  sessions_redeemed: number
  session_value: number
  retail_quantity: number
  retail_amount: number
  /** Packages and stored value top-ups sold. */
  prepaid_amount: number
  tips_amount: number
  /** Everything the staff member's lines took, net of refunds (services, retail, prepaid, tips). */
  total_amount: number
}

export type SettlementChannelFigure = {
  channel: Channel
  sales_count: number
  sales_total: number
  takings: SettlementSplit
}

export type SettlementDayFigure = {
  business_date: string
  sales_count: number
  takings: SettlementSplit
}

export type SettlementBranchFigure = {
  branch_id: string
  sales_count: number
  sales_total: number
  takings: SettlementSplit
}

/** The figures of a settlement report; every amount is a signed decimal in the major unit. */
export type SettlementFigures = {
  /** The currencies of the rows (one, unless branches sell in several). */
  currency_codes: string[]
  sales: {
    count: number
    /** The orders' totals (after discounts, with tax). */
    total: number
    /** Distinct clients named on the sales (walk-ins not counted). */
    customers: number
    change_given: number
  }
  /** Every tender kind, in a fixed order, zero when unused. */
  tenders: SettlementTenderFigure[]
  /** All tenders: the grand total of payments and refunds. */
  takings: SettlementSplit
  /** Every line kind, in a fixed order. */
  line_types: SettlementLineTypeFigure[]
  staff: SettlementStaffFigure[]
  discounts: { total: number; promotions: number; manual: number; sales_with_manual: number }
  refunds: {
    /** Refunds and voids completed that touched the rows covered. */
    count: number
    voids: number
    /** The refunds' recorded amounts. */
    amount: number
    /** Money paid back through tenders (equals `takings.refunds`). */
    tendered: number
  }
  stored_value: {
    /** Top-ups sold (units and money), net of refunded top-ups. */
    sold_quantity: number
    sold_amount: number
    /** Balance spent as a tender, net of what refunds put back; principal and bonus apart. */
    spent_amount: number
    spent_principal: number
    spent_bonus: number
  }
  package_sessions: {
    /** Packages sold, net of refunded ones. */
    sold_quantity: number
    sold_amount: number
    /** Services paid by a package session (net of refunded ones) and their prepaid value. */
    redeemed_count: number
    redeemed_value: number
  }
  channels: SettlementChannelFigure[]
  days: SettlementDayFigure[]
  branches: SettlementBranchFigure[]
  /** The sales' totals against their payments (tender rows of sales): zero difference expected. */
  check: { sales_total: number; sale_tenders: number; difference: number }
}

/** `alias.column` conditions of the filter, with their bindings; rows not deleted. */
function conditions(alias: string, filter: SettlementFilter) {
  const sql = [`${alias}.deleted_at IS NULL`]
  const bindings: string[] = []
  const add = (clause: string, value: string | undefined) => {
    if (value === undefined) return
    sql.push(`${alias}.${clause}`)
    bindings.push(value)
  }
  add("shift_id = ?", filter.shift_id)
  add("branch_id = ?", filter.branch_id)
  add("business_date >= ?", filter.from_date)
  add("business_date <= ?", filter.to_date)
  return { sql: sql.join(" AND "), bindings }
}

const n = (value: string | number | null | undefined) => (value == null ? 0 : Number(value))

/**
 * Amounts are summed exactly in SQL; the few sums of those sums made here are rounded to 4
 * places, so binary floating point never shows as 0.30000000000000004.
 */
const add = (...values: number[]) =>
  Math.round(values.reduce((total, value) => total + value, 0) * 1e4) / 1e4

const split = (sales: number, refunds: number): SettlementSplit => ({
  sales: add(sales),
  refunds: add(-refunds),
  net: add(sales, refunds),
})

type SalesRow = {
  set: number
  channel: Channel | null
  branch_id: string | null
  business_date: string | null
  count: number
  total: string
  discount_total: string
  manual_discount_total: string
  with_manual: number
  change_given: string
}

type TenderRow = {
  set: number
  kind: TenderKind | null
  channel: Channel | null
  branch_id: string | null
  business_date: string | null
  is_refund: boolean
  rows: number
  amount: string
  principal: string
  bonus: string
  min_currency: string | null
  max_currency: string | null
}

type LineRow = {
  set: number
  line_type: LineType
  staff_member_id: string | null
  is_refund: boolean | null
  quantity: number
  amount: string
  discount: string
  redeemed: number
  redeemed_value: string
}

// GROUPING(a, b, c) is a bit mask of the columns a grouping set leaves out (a is the high bit).
const SALES_SET = { all: 7, channel: 3, branch: 5, day: 6 }
const TENDER_SET = { kind: 7, channel: 11, branch: 13, day: 14, all: 15 }
const LINE_SET = { type: 1, staff: 2 }

// Each query first groups the period's rows at the finest grain needed (a few hundred groups for
// a month), then rolls those up with GROUPING SETS: the roll-up never sorts the rows themselves.

/** Completed sales: counts, totals and discounts, overall and per channel, branch and day. */
async function salesRows(knex: Knex, filter: SettlementFilter): Promise<SalesRow[]> {
  const where = conditions("s", filter)
  const { rows } = (await knex.raw(
    `SELECT GROUPING(x.channel, x.branch_id, x.business_date)::int AS set,
            x.channel, x.branch_id, x.business_date,
            coalesce(sum(x.count), 0)::int AS count,
            coalesce(sum(x.total), 0)::text AS total,
            coalesce(sum(x.discount_total), 0)::text AS discount_total,
            coalesce(sum(x.manual_discount_total), 0)::text AS manual_discount_total,
            coalesce(sum(x.with_manual), 0)::int AS with_manual,
            coalesce(sum(x.change_given), 0)::text AS change_given
       FROM (SELECT s.channel, s.branch_id, s.business_date, count(*) AS count, sum(s.total) AS total,
                    sum(s.discount_total) AS discount_total,
                    sum(s.manual_discount_total) AS manual_discount_total,
                    count(*) FILTER (WHERE s.manual_discount_total <> 0) AS with_manual,
                    sum(s.change_given) AS change_given
               FROM counter_sale s
              WHERE s.status = 'completed' AND ${where.sql}
              GROUP BY s.channel, s.branch_id, s.business_date) x
      GROUP BY GROUPING SETS ((), (x.channel), (x.branch_id), (x.business_date))`,
    where.bindings
  )) as { rows: SalesRow[] }
  return rows
}

/** Distinct clients named on the completed sales (walk-ins are not counted). */
async function customerCount(knex: Knex, filter: SettlementFilter): Promise<number> {
  const where = conditions("s", filter)
  const { rows } = (await knex.raw(
    `SELECT count(*)::int AS customers
       FROM (SELECT DISTINCT s.customer_id FROM counter_sale s
              WHERE s.status = 'completed' AND s.customer_id IS NOT NULL AND ${where.sql}) c`,
    where.bindings
  )) as { rows: { customers: number }[] }
  return rows[0]?.customers ?? 0
}

/**
 * Tender rows (payments and refunds) per kind, channel, branch and day, and in all. A payment
 * carries its sale's branch, shift and day, so it meets its sale among the sales of the same
 * filter (no read of older sales); a refund's tender finds its sale, of any day, by id.
 */
async function tenderRows(knex: Knex, filter: SettlementFilter): Promise<TenderRow[]> {
  const payments = conditions("t", filter)
  const sales = conditions("s", filter)
  const refunds = conditions("t", filter)
  const columns = `t.kind, s.channel, t.branch_id, t.business_date, count(*) AS rows, sum(t.amount) AS amount,
                    sum(t.principal_amount) AS principal, sum(t.bonus_amount) AS bonus,
                    min(t.currency_code) AS min_currency, max(t.currency_code) AS max_currency`
  const { rows } = (await knex.raw(
    `SELECT GROUPING(x.kind, x.channel, x.branch_id, x.business_date)::int AS set,
            x.kind, x.channel, x.branch_id, x.business_date, x.is_refund,
            sum(x.rows)::int AS rows,
            sum(x.amount)::text AS amount,
            coalesce(sum(x.principal), 0)::text AS principal,
            coalesce(sum(x.bonus), 0)::text AS bonus,
            min(x.min_currency) AS min_currency, max(x.max_currency) AS max_currency
       FROM (SELECT false AS is_refund, ${columns}
               FROM counter_tender t
               LEFT JOIN counter_sale s ON s.id = t.sale_id AND ${sales.sql}
              WHERE t.refund_id IS NULL AND ${payments.sql}
              GROUP BY t.kind, s.channel, t.branch_id, t.business_date
             UNION ALL
             SELECT true AS is_refund, ${columns}
               FROM counter_tender t
               LEFT JOIN counter_sale s ON s.id = t.sale_id
              WHERE t.refund_id IS NOT NULL AND ${refunds.sql}
              GROUP BY t.kind, s.channel, t.branch_id, t.business_date) x
      GROUP BY GROUPING SETS ((x.kind, x.is_refund), (x.channel, x.is_refund),
                              (x.branch_id, x.is_refund), (x.business_date, x.is_refund), (x.is_refund))`,
    [...sales.bindings, ...payments.bindings, ...refunds.bindings]
  )) as { rows: TenderRow[] }
  return rows
}

/** Sale lines per kind (sold / refunded) and per staff member and kind. */
async function lineRows(knex: Knex, filter: SettlementFilter): Promise<LineRow[]> {
  const where = conditions("l", filter)
  const { rows } = (await knex.raw(
    `SELECT GROUPING(x.is_refund, x.staff_member_id)::int AS set,
            x.line_type, x.staff_member_id, x.is_refund,
            coalesce(sum(x.quantity), 0)::int AS quantity,
            coalesce(sum(x.amount), 0)::text AS amount,
            coalesce(sum(x.discount), 0)::text AS discount,
            coalesce(sum(x.redeemed), 0)::int AS redeemed,
            coalesce(sum(x.redeemed_value), 0)::text AS redeemed_value
       FROM (SELECT l.line_type, l.staff_member_id, l.refund_id IS NOT NULL AS is_refund,
                    sum(l.quantity) AS quantity, sum(l.net_amount) AS amount,
                    sum(l.discount_amount) AS discount,
                    sum(l.quantity) FILTER (WHERE l.package_id IS NOT NULL) AS redeemed,
                    sum(l.session_value) FILTER (WHERE l.package_id IS NOT NULL) AS redeemed_value
               FROM counter_sale_line l
              WHERE ${where.sql}
              GROUP BY l.line_type, l.staff_member_id, l.refund_id IS NOT NULL) x
      GROUP BY GROUPING SETS ((x.line_type, x.is_refund), (x.line_type, x.staff_member_id))`,
    where.bindings
  )) as { rows: LineRow[] }
  return rows
}

/**
 * Completed refunds and voids of the rows covered. A refund's lines and tenders carry its own
 * branch and business day, so a period filters the refunds themselves; a shift is matched through
 * the rows (a refund's `shift_id` is only the drawer that paid cash back).
 */
async function refundRows(knex: Knex, filter: SettlementFilter) {
  type Row = { kind: "refund" | "void"; count: number; amount: string }
  const select = `SELECT f.kind, count(*)::int AS count, coalesce(sum(abs(f.amount)), 0)::text AS amount
       FROM counter_refund f
      WHERE f.status = 'completed' AND f.deleted_at IS NULL`
  if (!filter.shift_id) {
    const where = conditions("f", filter)
    const { rows } = (await knex.raw(
      `${select} AND ${where.sql} GROUP BY f.kind`,
      where.bindings
    )) as {
      rows: Row[]
    }
    return rows
  }
  const lines = conditions("l", filter)
  const tenders = conditions("t", filter)
  const { rows } = (await knex.raw(
    `${select}
        AND f.id IN (SELECT l.refund_id FROM counter_sale_line l WHERE l.refund_id IS NOT NULL AND ${lines.sql}
                     UNION
                     SELECT t.refund_id FROM counter_tender t WHERE t.refund_id IS NOT NULL AND ${tenders.sql})
      GROUP BY f.kind`,
    [...lines.bindings, ...tenders.bindings]
  )) as { rows: Row[] }
  return rows
}

/** Every day from `from` to `to` (inclusive), for a chart with no gaps; [] when unbounded. */
function daysBetween(from?: string, to?: string): string[] {
  if (!from || !to) return []
  const days: string[] = []
  const end = Date.parse(`${to}T00:00:00Z`)
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= end && days.length < 400;) {
    days.push(new Date(day).toISOString().slice(0, 10))
    day += 86_400_000
  }
  return days
}

/**
 * Settlement figures of the counter ledgers, as five aggregate queries run side by side
 * (GROUPING SETS over the sales, tenders and lines; distinct clients; refunds): takings by
 * tender, kind, staff member, channel, branch and day; discounts, refunds, stored value and
 * package sessions. Lines and tenders are append-only and written only when a sale or refund
 * completes, so every row counts; refund rows are negative and carry the refund's own shift and
 * business day.
 */
export async function settlementReport(
  knex: Knex,
  filter: SettlementFilter
): Promise<SettlementFigures> {
  const [sales, customers, tenders, lines, refunds] = await Promise.all([
    salesRows(knex, filter),
    customerCount(knex, filter),
    tenderRows(knex, filter),
    lineRows(knex, filter),
    refundRows(knex, filter),
  ])

  // ---- sales
  const allSales = sales.find((row) => row.set === SALES_SET.all)
  const salesTotal = n(allSales?.total)

  // ---- tenders: each grouping set splits into payment rows and refund rows
  type Sums = { sales: number; refunds: number; payments: number; refund_payments: number }
  const sums = (set: number, key: (row: TenderRow) => string | null) => {
    const map = new Map<string, Sums & { principal: number; bonus: number }>()
    for (const row of tenders.filter((r) => r.set === set)) {
      const id = key(row) ?? ""
      const entry = map.get(id) ?? {
        sales: 0,
        refunds: 0,
        payments: 0,
        refund_payments: 0,
        principal: 0,
        bonus: 0,
      }
      if (row.is_refund) {
        entry.refunds = add(entry.refunds, n(row.amount))
        entry.refund_payments += row.rows
      } else {
        entry.sales = add(entry.sales, n(row.amount))
        entry.payments += row.rows
      }
      entry.principal = add(entry.principal, n(row.principal))
      entry.bonus = add(entry.bonus, n(row.bonus))
      map.set(id, entry)
    }
    return map
  }
  const zero = { sales: 0, refunds: 0, payments: 0, refund_payments: 0, principal: 0, bonus: 0 }
  const byKind = sums(TENDER_SET.kind, (row) => row.kind)
  const byChannel = sums(TENDER_SET.channel, (row) => row.channel)
  const byBranch = sums(TENDER_SET.branch, (row) => row.branch_id)
  const byDay = sums(TENDER_SET.day, (row) => row.business_date)
  const all = sums(TENDER_SET.all, () => "").get("") ?? zero
  const currencies = new Set<string>()
  for (const row of tenders.filter((r) => r.set === TENDER_SET.all)) {
    if (row.min_currency) currencies.add(row.min_currency)
    if (row.max_currency) currencies.add(row.max_currency)
  }

  const tenderFigures: SettlementTenderFigure[] = TENDER_KINDS.map((kind) => {
    const entry = byKind.get(kind) ?? zero
    return {
      kind,
      ...split(entry.sales, entry.refunds),
      payments: entry.payments,
      refund_payments: entry.refund_payments,
    }
  })
  const storedValue = byKind.get("stored_value") ?? zero

  // ---- lines
  const typeRows = lines.filter((row) => row.set === LINE_SET.type)
  const lineTypes: SettlementLineTypeFigure[] = SALE_LINE_TYPES.map((lineType) => {
    const sold = typeRows.find((row) => row.line_type === lineType && !row.is_refund)
    const refunded = typeRows.find((row) => row.line_type === lineType && row.is_refund)
    return {
      line_type: lineType,
      sold_quantity: sold?.quantity ?? 0,
      sold_amount: n(sold?.amount),
      refunded_quantity: -(refunded?.quantity ?? 0),
      refunded_amount: -n(refunded?.amount),
      net_quantity: (sold?.quantity ?? 0) + (refunded?.quantity ?? 0),
      net_amount: add(n(sold?.amount), n(refunded?.amount)),
      discount: add(n(sold?.discount), n(refunded?.discount)),
    }
  })
  const lineType = (type: LineType) => lineTypes.find((figure) => figure.line_type === type)!
  const redeemedRows = typeRows.filter((row) => row.line_type === "service")

  const staff = new Map<string | null, SettlementStaffFigure>()
  for (const row of lines.filter((r) => r.set === LINE_SET.staff)) {
    const id = row.staff_member_id
    const figure = staff.get(id) ?? {
      staff_member_id: id,
      services_count: 0,
      services_amount: 0,
      sessions_redeemed: 0,
      session_value: 0,
      retail_quantity: 0,
      retail_amount: 0,
      prepaid_amount: 0,
      tips_amount: 0,
      total_amount: 0,
    }
    const amount = n(row.amount)
    if (row.line_type === "service") {
      figure.services_count += row.quantity
      figure.services_amount = add(figure.services_amount, amount)
      figure.sessions_redeemed += row.redeemed
      figure.session_value = add(figure.session_value, n(row.redeemed_value))
    } else if (row.line_type === "product") {
      figure.retail_quantity += row.quantity
      figure.retail_amount = add(figure.retail_amount, amount)
    } else if (row.line_type === "tip") {
      figure.tips_amount = add(figure.tips_amount, amount)
    } else {
      figure.prepaid_amount = add(figure.prepaid_amount, amount)
    }
    figure.total_amount = add(figure.total_amount, amount)
    staff.set(id, figure)
  }

  // ---- refunds
  const refund = refunds.find((row) => row.kind === "refund")
  const voided = refunds.find((row) => row.kind === "void")

  const salesOf = (set: number, match: (row: SalesRow) => boolean) =>
    sales.find((row) => row.set === set && match(row))

  const dayKeys = new Set([
    ...daysBetween(filter.from_date, filter.to_date),
    ...sales.filter((r) => r.set === SALES_SET.day).map((r) => r.business_date!),
    ...byDay.keys(),
  ])
  const branchKeys = new Set([
    ...sales.filter((r) => r.set === SALES_SET.branch).map((r) => r.branch_id!),
    ...byBranch.keys(),
  ])

  return {
    currency_codes: [...currencies].sort(),
    sales: {
      count: allSales?.count ?? 0,
      total: salesTotal,
      customers,
      change_given: n(allSales?.change_given),
    },
    tenders: tenderFigures,
    takings: split(all.sales, all.refunds),
    line_types: lineTypes,
    staff: [...staff.values()].sort(
      (a, b) =>
        b.total_amount - a.total_amount ||
        b.session_value - a.session_value ||
        String(a.staff_member_id).localeCompare(String(b.staff_member_id))
    ),
    discounts: {
      total: n(allSales?.discount_total),
      promotions: add(n(allSales?.discount_total), -n(allSales?.manual_discount_total)),
      manual: n(allSales?.manual_discount_total),
      sales_with_manual: allSales?.with_manual ?? 0,
    },
    refunds: {
      count: (refund?.count ?? 0) + (voided?.count ?? 0),
      voids: voided?.count ?? 0,
      amount: add(n(refund?.amount), n(voided?.amount)),
      tendered: add(-all.refunds),
    },
    stored_value: {
      sold_quantity: lineType("top_up").net_quantity,
      sold_amount: lineType("top_up").net_amount,
      spent_amount: add(storedValue.sales, storedValue.refunds),
      spent_principal: storedValue.principal,
      spent_bonus: storedValue.bonus,
    },
    package_sessions: {
      sold_quantity: lineType("package").net_quantity,
      sold_amount: lineType("package").net_amount,
      redeemed_count: redeemedRows.reduce((total, row) => total + row.redeemed, 0),
      redeemed_value: add(...redeemedRows.map((row) => n(row.redeemed_value))),
    },
    channels: SALE_CHANNELS.map((channel) => {
      const row = salesOf(SALES_SET.channel, (r) => r.channel === channel)
      const takings = byChannel.get(channel) ?? zero
      return {
        channel,
        sales_count: row?.count ?? 0,
        sales_total: n(row?.total),
        takings: split(takings.sales, takings.refunds),
      }
    }),
    days: [...dayKeys].sort().map((day) => {
      const takings = byDay.get(day) ?? zero
      return {
        business_date: day,
        sales_count: salesOf(SALES_SET.day, (r) => r.business_date === day)?.count ?? 0,
        takings: split(takings.sales, takings.refunds),
      }
    }),
    branches: [...branchKeys].sort().map((branchId) => {
      const row = salesOf(SALES_SET.branch, (r) => r.branch_id === branchId)
      const takings = byBranch.get(branchId) ?? zero
      return {
        branch_id: branchId,
        sales_count: row?.count ?? 0,
        sales_total: n(row?.total),
        takings: split(takings.sales, takings.refunds),
      }
    }),
    check: {
      sales_total: salesTotal,
      sale_tenders: all.sales,
      difference: add(salesTotal, -all.sales),
    },
  }
}
