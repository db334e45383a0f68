import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Text, toast } from "@medusajs/ui"
import { useCallback, useState } from "react"
import type { AdminZReportResponse } from "../../../../types/counter/reports"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import { useDownloadSettlementCsv, useShiftZReport } from "../../../hooks/api/counter-reports"
import { errorMessage } from "../../../lib/errors"
import { formatMoney } from "../../../lib/stored-value"
import { PrintView } from "../settlement/components/print-view"
import { SettlementReportBody } from "../settlement/components/report-body"
import { describeDifference, differenceClass, formatInstant, LIVE_REFRESH_MS } from "./shared"

const DrawerFigures = ({ data }: { data: AdminZReportResponse }) => {
  const shift = data.counter_shift
  const currency = shift.currency_code
  const t = shift.totals
  const closed = shift.status === "closed"
  const rows: [string, number | null, string?][] = [
    ["Opening float", t.opening_float],
    ["Cash from sales", t.sales],
    ["Cash refunded", t.refunds],
    ["Paid in", t.paid_in],
    ["Paid out", t.paid_out],
    [closed ? "Expected cash at close" : "Expected cash now", t.expected_cash],
  ]
  return (
    <div className="grid grid-cols-2 gap-x-6 gap-y-2 px-6 py-4 md:grid-cols-4">
      {rows.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {label}
          </Text>
          <Text size="small" weight="plus" className="tabular-nums">
            {formatMoney(value, currency)}
          </Text>
        </div>
      ))}
      {closed && (
        <>
          <div className="flex flex-col">
            <Text size="xsmall" className="text-ui-fg-subtle">
              Counted cash
            </Text>
            <Text size="small" weight="plus" className="tabular-nums">
              {formatMoney(shift.counted_cash, currency)}
            </Text>
          </div>
          <div className="flex flex-col">
            <Text size="xsmall" className="text-ui-fg-subtle">
              Over / short
            </Text>
            <Text
              size="small"
              weight="plus"
              className={`tabular-nums ${differenceClass(shift.cash_difference ?? 0)}`}
            >
              {describeDifference(shift.cash_difference ?? 0, currency)}
            </Text>
          </div>
        </>
      )}
    </div>
  )
}

/**
 * The Z report of a shift: its takings by tender, sales by kind and staff member, refunds,
 * discounts, stored value and package sessions, and the drawer's cash; download as CSV or print.
 * Mount it on the shift page: `<ZReportSection shiftId={shift.id} />`.
 */
export const ZReportSection = ({ shiftId }: { shiftId: string }) => {
  const { data, isLoading, error, refetch } = useShiftZReport(shiftId, {
    // An open shift keeps selling: its report stays current, as the drawer figures do.
    refetchInterval: (query) =>
      query.state.data?.counter_shift.status === "open" ? LIVE_REFRESH_MS : false,
  })
  const download = useDownloadSettlementCsv({
    onSuccess: ({ filename }) => toast.success(`Downloaded ${filename}`),
    onError: (err) => toast.error("Could not download the CSV", { description: errorMessage(err) }),
  })
  const [printing, setPrinting] = useState(false)
  const donePrinting = useCallback(() => setPrinting(false), [])
  const [expanded, setExpanded] = useState(false)

  const shift = data?.counter_shift
  const report = data?.settlement_report
  const title = shift?.status === "open" ? "Z report (so far)" : "Z report"
  const subtitle = shift
    ? `${shift.register_name} · ${shift.branch_name} · opened ${formatInstant(shift.opened_at)}${
        shift.closed_at ? ` · closed ${formatInstant(shift.closed_at)}` : ""
      }`
    : ""

  return (
    <>
      <Container className="divide-y p-0">
        <SectionHeader
          title={title}
          description={
            report && shift
              ? `${report.sales.count} sales · net takings ${formatMoney(report.takings.net, shift.currency_code)}`
              : "What this shift sold and took"
          }
          actions={
            <>
              <Button
                size="small"
                variant="secondary"
                disabled={!data}
                isLoading={download.isPending}
                onClick={() => download.mutate({ kind: "shift", shift_id: shiftId })}
              >
                <ArrowDownTray />
                Download CSV
              </Button>
              <Button
                size="small"
                variant="secondary"
                disabled={!data}
                onClick={() => setPrinting(true)}
              >
                Print
              </Button>
              <Button size="small" variant="transparent" onClick={() => setExpanded((v) => !v)}>
                {expanded ? "Hide details" : "Show details"}
              </Button>
            </>
          }
        />
        {isLoading ? (
          <LoadingState />
        ) : error || !data ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <DrawerFigures data={data} />
        )}
      </Container>
      {report && expanded && <SettlementReportBody report={report} showBranches={false} />}
      {data && report && (
        <PrintView printing={printing} onDone={donePrinting} title={title} subtitle={subtitle}>
          <Container className="p-0">
            <DrawerFigures data={data} />
          </Container>
          <SettlementReportBody report={report} showBranches={false} />
        </PrintView>
      )}
    </>
  )
}
