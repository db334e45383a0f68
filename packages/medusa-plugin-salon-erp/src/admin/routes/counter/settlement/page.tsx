import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { PeriodPicker } from "../../../components/commissions/period-picker"
import { LocalDatePicker } from "../../../components/common/local-date-picker"
import { PageState } from "../../../components/common/page-states"
import { DetailPage, Section } from "../../../components/layout/detail-page"
import { SelectFilter } from "../../../components/layout/list-page"
import {
  type SettlementReportQuery,
  useDownloadSettlementCsv,
  useSettlementReport,
} from "../../../hooks/api/counter-reports"
import { currentPeriod, formatPeriod } from "../../../lib/commissions"
import { errorMessage } from "../../../lib/errors"
import { dateToLocalString, formatDate } from "../../../lib/time"
import { useCounterNames } from "../components/shared"
import { PrintView } from "./components/print-view"
import { SettlementReportBody } from "./components/report-body"

/**
 * Settlement (日结 / 月结): a branch's or the whole chain's business day or month, with takings
 * by tender, kind and staff member, refunds, discounts, stored value and package sessions; CSV
 * for the accountant and a printable copy.
 */
const SettlementPage = () => {
  // In the address, so a link or a reload keeps the report chosen.
  const [searchParams, setSearchParams] = useSearchParams()
  const names = useCounterNames()
  const branchId = searchParams.get("branch_id") ?? ""
  const mode = searchParams.get("mode") === "month" ? "month" : "day"
  const date = searchParams.get("date") || dateToLocalString(new Date())
  const month = searchParams.get("month") || currentPeriod()
  const branch = branchId || undefined
  const query: SettlementReportQuery =
    mode === "day"
      ? { kind: "day", date, branch_id: branch }
      : { kind: "month", month, branch_id: branch }

  const { data, isLoading, error, refetch, isFetching } = useSettlementReport(query)
  const download = useDownloadSettlementCsv({
    onSuccess: ({ filename }) => toast.success(`Downloaded ${filename}`),
    onError: (err) => toast.error("Could not download the CSV", { description: errorMessage(err) }),
  })
  const [printing, setPrinting] = useState(false)
  const donePrinting = useCallback(() => setPrinting(false), [])

  const update = (next: Record<string, string>) => {
    const params = new URLSearchParams(searchParams)
    for (const [key, value] of Object.entries(next)) {
      if (value) params.set(key, value)
      else params.delete(key)
    }
    setSearchParams(params, { replace: true })
  }

  const scopeName = branchId ? names.branch(branchId) : "All branches"
  const periodName = mode === "day" ? formatDate(date, "long") : formatPeriod(month)
  const report = data?.settlement_report

  return (
    <DetailPage
      back={{ to: "/counter", label: "Counter" }}
      main={
        <>
          <Section
            level="h1"
            title={mode === "day" ? "Daily settlement" : "Monthly settlement"}
            description={`${scopeName} · ${periodName}${isFetching && !isLoading ? " · updating…" : ""}`}
            actions={
              <>
                <Button
                  size="small"
                  variant="secondary"
                  isLoading={download.isPending}
                  disabled={!report}
                  onClick={() => download.mutate(query)}
                >
                  <ArrowDownTray />
                  Download CSV
                </Button>
                <Button
                  size="small"
                  variant="secondary"
                  disabled={!report}
                  onClick={() => setPrinting(true)}
                >
                  Print
                </Button>
              </>
            }
          >
            <div className="flex flex-wrap items-center gap-2 px-6 py-4">
              <SelectFilter
                label="Branch"
                allLabel="All branches (chain)"
                className="w-[220px]"
                value={branchId}
                onChange={(value) => update({ branch_id: value })}
                options={names.branches.map((b) => ({ value: b.id, label: b.name }))}
              />
              <SelectFilter
                label="Report"
                className="w-[140px]"
                value={mode}
                onChange={(value) => update({ mode: value })}
                options={[
                  { value: "day", label: "Day (日结)" },
                  { value: "month", label: "Month (月结)" },
                ]}
              />
              {mode === "day" ? (
                <LocalDatePicker
                  aria-label="Business day"
                  className="w-[180px]"
                  value={date}
                  onChange={(value) => value && update({ date: value })}
                />
              ) : (
                <PeriodPicker value={month} onChange={(value) => update({ month: value })} />
              )}
            </div>
          </Section>
          {!report ? (
            <PageState isLoading={isLoading} error={error} onRetry={() => refetch()} />
          ) : (
            <>
              <SettlementReportBody report={report} showBranches={!branchId} />
              <PrintView
                printing={printing}
                onDone={donePrinting}
                title={`${mode === "day" ? "Daily" : "Monthly"} settlement · ${scopeName}`}
                subtitle={`${periodName} · printed ${new Date().toLocaleString()}`}
              >
                <SettlementReportBody report={report} showBranches={!branchId} />
              </PrintView>
            </>
          )}
        </>
      }
    />
  )
}

export const config = defineRouteConfig({ label: "Settlement", rank: 1 })

export default SettlementPage
