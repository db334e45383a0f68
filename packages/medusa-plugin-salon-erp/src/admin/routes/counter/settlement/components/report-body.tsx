import { Container } from "@medusajs/ui"
import type { AdminSettlementReport } from "../../../../../types/counter/reports"
import {
  ChannelsSection,
  DailyChart,
  LineKindsSection,
  PrepaidSection,
  StaffSection,
  SummaryTiles,
  TendersSection,
} from "./report-sections"

/**
 * Every section of a settlement report, in reading order: the summary, the chart (more than one
 * day), takings by tender, sales by kind, staff, prepaid, channels and branches.
 */
export const SettlementReportBody = ({
  report,
  showBranches,
}: {
  report: AdminSettlementReport
  showBranches: boolean
}) => {
  const currency = report.currency_code ?? "cny"
  const props = { report, currency }
  return (
    <>
      <Container className="p-0">
        <SummaryTiles {...props} />
      </Container>
      {report.days.length > 1 && <DailyChart {...props} />}
      <TendersSection {...props} />
      <LineKindsSection {...props} />
      <StaffSection {...props} />
      <PrepaidSection {...props} />
      <ChannelsSection {...props} showBranches={showBranches} />
    </>
  )
}
