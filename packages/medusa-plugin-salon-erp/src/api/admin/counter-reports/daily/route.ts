import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSettlementReportResponse } from "../../../../types/counter/reports"
import {
  branchOrNotFound,
  sendSettlementCsv,
  settlementFilename,
  settlementReport,
} from "../helpers"
import type { AdminGetDailySettlementParamsType } from "../validators"

/**
 * A business day's settlement (日结) of a branch, or of the whole chain without `branch_id`:
 * takings by tender, kind and staff member, per channel and per branch. `?format=csv` answers a
 * CSV file.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDailySettlementParamsType>,
  res: MedusaResponse<AdminSettlementReportResponse>
) => {
  const { date, branch_id, format } = req.validatedQuery
  const branch = branch_id ? await branchOrNotFound(req.scope, branch_id) : null
  const report = await settlementReport(req.scope, {
    kind: "day",
    filter: { branch_id, from_date: date, to_date: date },
    branch,
  })
  if (format === "csv") {
    return sendSettlementCsv(res, settlementFilename("day", date, branch), report)
  }
  res.json({ settlement_report: report })
}
