import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSettlementReportResponse } from "../../../../types/counter/reports"
import {
  branchOrNotFound,
  sendSettlementCsv,
  settlementFilename,
  settlementReport,
} from "../helpers"
import type { AdminGetMonthlySettlementParamsType } from "../validators"

/** The last day of a "YYYY-MM" month, "YYYY-MM-DD". */
const lastDayOf = (month: string) => {
  const [year, monthNumber] = month.split("-").map(Number)
  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, "0")}`
}

/**
 * A month's settlement (月结) of a branch, or of the whole chain without `branch_id`, with net
 * takings per business day for the chart and per branch. `?format=csv` answers a CSV file.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetMonthlySettlementParamsType>,
  res: MedusaResponse<AdminSettlementReportResponse>
) => {
  const { month, branch_id, format } = req.validatedQuery
  const branch = branch_id ? await branchOrNotFound(req.scope, branch_id) : null
  const report = await settlementReport(req.scope, {
    kind: "month",
    month,
    filter: { branch_id, from_date: `${month}-01`, to_date: lastDayOf(month) },
    branch,
  })
  if (format === "csv") {
    return sendSettlementCsv(res, settlementFilename("month", month, branch), report)
  }
  res.json({ settlement_report: report })
}
