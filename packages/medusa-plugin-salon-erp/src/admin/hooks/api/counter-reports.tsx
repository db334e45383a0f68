import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import type {
  AdminDailySettlementParams,
  AdminMonthlySettlementParams,
  AdminSettlementReportResponse,
  AdminZReportResponse,
} from "../../../types/counter/reports"
import { downloadFilename, saveBlob } from "../../lib/download"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

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
) =>
  useQuery({
    queryKey: counterReportQueryKeys.list(report),
    queryFn: () => {
      const { path, query } = requestOf(report)
      return sdk.client.fetch<AdminSettlementReportResponse>(path, { query })
    },
    placeholderData: keepPreviousData,
    ...options,
  })

/** The Z report of a shift: its sales and takings, with the drawer's cash figures. */
export const useShiftZReport = (shiftId: string, options?: QueryOptions<AdminZReportResponse>) =>
  useQuery({
    queryKey: counterReportQueryKeys.detail(shiftId),
    queryFn: () =>
      sdk.client.fetch<AdminZReportResponse>(`/admin/counter-reports/shifts/${shiftId}`),
    ...options,
  })

/** What to download: a settlement report, or a shift's Z report. */
export type SettlementCsvTarget = SettlementReportQuery | { kind: "shift"; shift_id: string }

/**
 * Downloads a report as CSV (one row per figure), fetched through the SDK so the admin session
 * goes along, then saved under the server's file name.
 */
export const useDownloadSettlementCsv = (
  options?: MutationOptions<{ filename: string; size: number }, SettlementCsvTarget>
) =>
  useMutation({
    ...options,
    mutationFn: async (target) => {
      const { path, query } =
        target.kind === "shift"
          ? { path: `/admin/counter-reports/shifts/${target.shift_id}`, query: {} }
          : requestOf(target)
      const response = await sdk.client.fetch<Response>(path, {
        query: { ...query, format: "csv" },
        headers: { accept: "text/csv" },
      })
      const blob = await response.blob()
      return saveBlob(blob, downloadFilename(response, "settlement.csv"))
    },
  })
