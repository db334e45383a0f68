/**
 * The rows of commission_entry, built from what was earned or what is reversed. Pure: the
 * repositories insert them. Every money column goes with its raw_ twin (see lib/money).
 */
import { MathBN, generateEntityId } from "@medusajs/framework/utils"
import type { Computed, EarningLine, RuleSpec } from "./calculate"
import { COMMISSION_ENTRY_ID_PREFIX } from "./constants"
import { moneyColumns, nullableMoneyColumns } from "./money"
import type {
  CommissionEntryRow,
  CommissionSource,
  NetRow,
  NewCommissionEntry,
  ReversedTerms,
  RuleEntry,
} from "../types"

const newEntryId = () => generateEntityId(undefined, COMMISSION_ENTRY_ID_PREFIX)

const negated = (value: Parameters<typeof MathBN.convert>[0]) => MathBN.mult(value, -1).toFixed()

/** One earning per source line, staff member, role and kind. */
export const netKey = (line: {
  source_line_id: string
  staff_member_id: string
  role: string
  kind: string
}) => `${line.source_line_id}|${line.staff_member_id}|${line.role}|${line.kind}`

/** True when what a line earned was reversed since (nothing is left of it). */
export const isNettedOut = (net: NetRow) => MathBN.eq(net.amount, 0) && MathBN.eq(net.base, 0)

/** A line's earning under its rule, in `period`. */
export function earnedEntry(input: {
  line: EarningLine
  source: CommissionSource
  period: string
  rule: RuleSpec
  computed: Computed
}): NewCommissionEntry {
  const { line, source, rule, computed } = input
  return {
    id: newEntryId(),
    period: input.period,
    staff_member_id: line.staff_member_id,
    branch_id: line.branch_id,
    customer_id: line.customer_id,
    kind: line.kind,
    role: line.role,
    source_type: source.source_type,
    source_id: source.source_id,
    source_line_id: line.source_line_id,
    currency_code: line.currency_code,
    ...moneyColumns("base", computed.base),
    ...moneyColumns("share", line.share),
    quantity: line.quantity,
    rule_id: rule.id,
    rate_type: rule.rate_type,
    ...nullableMoneyColumns("rate", computed.rate),
    multiplier: computed.multiplier,
    is_designated: line.is_designated,
    ...moneyColumns("amount", computed.amount),
    explanation: computed.explanation,
    occurred_at: new Date(line.occurred_at),
  }
}

/**
 * Gives back what a line earned (`current`, net), in `period`. It repeats the reversed entry's
 * rule and rate (`last`), so a month-end tier settlement nets them out too.
 */
export function reversalEntry(input: {
  current: NetRow
  line: EarningLine | null
  last: ReversedTerms
  source: CommissionSource
  period: string
  now: Date
  why: string
}): NewCommissionEntry {
  const { current, line, last, source, now } = input
  return {
    id: newEntryId(),
    period: input.period,
    staff_member_id: current.staff_member_id,
    branch_id: line?.branch_id ?? last.branch_id,
    customer_id: line?.customer_id ?? last.customer_id,
    kind: current.kind,
    role: current.role,
    source_type: source.source_type,
    source_id: source.source_id,
    source_line_id: current.source_line_id,
    currency_code: last.currency_code,
    ...moneyColumns("base", negated(current.base)),
    ...moneyColumns("share", last.share),
    quantity: last.quantity,
    rule_id: last.rule_id,
    rate_type: last.rate_type,
    ...nullableMoneyColumns("rate", last.rate),
    multiplier: last.multiplier,
    is_designated: last.is_designated,
    ...moneyColumns("amount", negated(current.amount)),
    explanation: `Reversal of ${MathBN.convert(current.amount).toFixed(2)} ${String(last.currency_code).toUpperCase()} on a base of ${MathBN.convert(current.base).toFixed(2)}: ${input.why}`,
    reverses_entry_id: current.last_entry_id,
    occurred_at: now,
  }
}

/** A retroactive tier's month-end settlement for one staff member (`own`: their entries). */
export function settlementEntry(input: {
  period: string
  rule: RuleSpec
  staff_member_id: string
  own: RuleEntry[]
  settlement: { rate: string; amount: string; explanation: string }
}): NewCommissionEntry {
  const { period, rule, staff_member_id: staffId, own, settlement } = input
  return {
    id: newEntryId(),
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
    ...moneyColumns("base", "0"),
    ...moneyColumns("share", "100"),
    quantity: 1,
    rule_id: rule.id,
    rate_type: "percent",
    ...moneyColumns("rate", settlement.rate),
    multiplier: 1,
    is_designated: false,
    ...moneyColumns("amount", settlement.amount),
    explanation: settlement.explanation,
    occurred_at: new Date(),
  }
}

/** Takes back a tier settlement of a month that is reopened (in that month, amount only). */
export function reopenedSettlementReversal(
  entry: CommissionEntryRow,
  period: string
): NewCommissionEntry {
  return {
    ...entry,
    id: newEntryId(),
    ...moneyColumns("amount", negated(entry.amount)),
    ...moneyColumns("base", entry.base),
    ...moneyColumns("share", entry.share),
    ...nullableMoneyColumns("rate", entry.rate),
    explanation: `Reversal of the ${period} tier settlement: the period was reopened`,
    reverses_entry_id: entry.id,
    source_line_id: `${entry.source_line_id}:reopened`,
    occurred_at: new Date(),
    created_at: undefined,
    updated_at: undefined,
  }
}

/** Takes back an entry written by a failed workflow, in `period` (the month open now). */
export function compensatingReversal(
  entry: CommissionEntryRow,
  period: string,
  now: Date,
  why: string
): NewCommissionEntry {
  return {
    ...entry,
    id: newEntryId(),
    period,
    ...moneyColumns("base", negated(entry.base)),
    ...moneyColumns("amount", negated(entry.amount)),
    ...moneyColumns("share", entry.share),
    ...nullableMoneyColumns("rate", entry.rate),
    explanation: `Reversal of ${MathBN.convert(entry.amount).toFixed(2)} ${String(entry.currency_code).toUpperCase()}: ${why}`,
    reverses_entry_id: entry.id,
    occurred_at: now,
    created_at: undefined,
    updated_at: undefined,
  }
}
