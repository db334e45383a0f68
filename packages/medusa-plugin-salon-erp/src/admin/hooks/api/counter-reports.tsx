import { keepPreviousData } from "@tanstack/react-query"
import type {
  AdminDailySettlementParams,
  AdminMonthlySettlementParams,
  AdminSettlementReportResponse,
  AdminZReportResponse,
} from "../../../types/counter/reports"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { type SavedFile, useAdminQuery, useCsvDownload } from "./factories"

/** Which report: a business day or a month, of a branch or (no branch) the chain. */
export type SettlementReportQuery =
  | ({ kind: "day" } & AdminDailySettlementParams)
  | ({ kind: "month" } & AdminMonthlySettlementParams)

export const counterReportQueryKeys = queryKeysFactory<
  "salon_counter_report",
  SettlementReportQuery
>("salon_counter_report")

/** The API path and query of a report (without `format`). */
const requestOf = (report: SettlementReportQuery) =>
  report.kind === "day"
    ? {
        path: "/admin/counter-reports/daily",
        query: { date: report.date, ...(report.branch_id ? { branch_id: report.branch_id } : {}) },
      }
    : {
        path: "/admin/counter-reports/monthly",
        query: {
          month: report.month,
          ...(report.branch_id ? { branch_id: report.branch_id } : {}),
        },
      }

/** A day's (日结) or a month's (月结) settlement of a branch or the chain. */
export const useSettlementReport = (
  report: SettlementReportQuery,
  options?: QueryOptions<AdminSettlementReportResponse>
) => {
  const { path, query } = requestOf(report)
  return useAdminQuery(counterReportQueryKeys.list(report), path, query, options, {
    placeholderData: keepPreviousData,
  })
}

/** The Z report of a shift: its sales and takings, with the drawer's cash figures. */
export const useShiftZReport = (shiftId: string, options?: QueryOptions<AdminZReportResponse>) =>
  useAdminQuery(
    counterReportQueryKeys.detail(shiftId),
    `/admin/counter-reports/shifts/${shiftId}`,
    undefined,
    options
  )

/** What to download: a settlement report, or a shift's Z report. */
export type SettlementCsvTarget = SettlementReportQuery | { kind: "shift"; shift_id: string }

/** Downloads a report as CSV (one row per figure). */
export const useDownloadSettlementCsv = (
  options?: MutationOptions<SavedFile, SettlementCsvTarget>
) =>
  useCsvDownload((target) => {
    const { path, query } =
      target.kind === "shift"
        ? { path: `/admin/counter-reports/shifts/${target.shift_id}`, query: {} }
        : requestOf(target)
    return { path, query: { ...query, format: "csv" }, fallbackName: "settlement.csv" }
  }, options)
