import type { AggregateRow, ComplaintAnalyticsRow, SatisfactionAnalyticsRow } from "../types"
import { netPromoterScore } from "./satisfaction"

const int = (value: string | number | null) => Number(value ?? 0)
const text = (value: string | number | null) => (value === null ? null : String(value))

const round = (value: unknown, digits = 2): number | null =>
  value === null || value === undefined ? null : Number(Number(value).toFixed(digits))

const share = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 1000) / 10 : null

/** A complaint report row from its SQL aggregates (counts, compliance, averages). */
export function complaintRow(row: AggregateRow): ComplaintAnalyticsRow {
  return {
    key: text(row.key),
    period: text(row.period),
    complaints: int(row.complaints),
    open: int(row.open),
    resolved: int(row.resolved),
    reopened: int(row.reopened),
    first_response_measured: int(row.first_response_measured),
    first_response_met: int(row.first_response_met),
    first_response_compliance: share(int(row.first_response_met), int(row.first_response_measured)),
    resolution_measured: int(row.resolution_measured),
    resolution_met: int(row.resolution_met),
    resolution_compliance: share(int(row.resolution_met), int(row.resolution_measured)),
    avg_first_response_minutes: round(row.avg_first_response_minutes, 1),
    avg_resolution_minutes: round(row.avg_resolution_minutes, 1),
    avg_resolution_rating: round(row.avg_resolution_rating),
  }
}

/** A satisfaction report row from its SQL aggregates (averages, NPS bands, low scores). */
export function satisfactionRow(row: AggregateRow): SatisfactionAnalyticsRow {
  return {
    key: text(row.key),
    period: text(row.period),
    responses: int(row.responses),
    avg_technique: round(row.avg_technique),
    avg_attitude: round(row.avg_attitude),
    avg_environment: round(row.avg_environment),
    avg_result: round(row.avg_result),
    avg_overall: round(row.avg_overall),
    promoters: int(row.promoters),
    passives: int(row.passives),
    detractors: int(row.detractors),
    nps: netPromoterScore(int(row.promoters), int(row.detractors), int(row.responses)),
    low_scores: int(row.low_scores),
  }
}
