import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMMISSION_MODULE } from "../../../../modules/commission"
import type CommissionModuleService from "../../../../modules/commission/service"
import { csvRows } from "../../../utils/csv"
import type { AdminExportCommissionEntriesParamsType } from "../validators"

export const COMMISSION_EXPORT_COLUMNS = [
  "id",
  "period",
  "occurred_at",
  "staff_member_id",
  "branch_id",
  "customer_id",
  "kind",
  "role",
  "source_type",
  "source_id",
  "source_line_id",
  "currency_code",
  "base",
  "share",
  "quantity",
  "rule_id",
  "rate_type",
  "rate",
  "multiplier",
  "is_designated",
  "amount",
  "reverses_entry_id",
  "explanation",
] as const

/**
 * Commission entries as CSV for payroll, streamed (any size), oldest first, with the list's
 * filters. Amounts are signed decimals in the currency's major unit.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExportCommissionEntriesParamsType>,
  res: MedusaResponse
) => {
  const service: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
  const filter = req.validatedQuery
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="commission-entries-${filter.period ?? new Date().toISOString().slice(0, 10)}.csv"`
  )
  res.write(`${COMMISSION_EXPORT_COLUMNS.join(",")}\n`)
  for await (const rows of service.exportEntries(filter)) {
    res.write(csvRows(rows, COMMISSION_EXPORT_COLUMNS))
  }
  res.end()
}
