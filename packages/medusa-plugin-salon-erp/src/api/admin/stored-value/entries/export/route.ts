import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STORED_VALUE_MODULE } from "../../../../../modules/stored-value"
import type StoredValueModuleService from "../../../../../modules/stored-value/service"
import type { EntryFiltersType } from "../../validators"
import { csvRows } from "../../../../utils/csv"

const COLUMNS = [
  "created_at",
  "entry_id",
  "operation_id",
  "account_id",
  "sequence",
  "customer_id",
  "currency_code",
  "type",
  "principal_amount",
  "bonus_amount",
  "principal_balance_after",
  "bonus_balance_after",
  "branch_id",
  "staff_member_id",
  "payment_method",
  "reference_type",
  "reference_id",
  "reason",
  "created_by",
  "reverses_entry_id",
] as const

/**
 * The ledger as CSV for accounting, streamed (any size), oldest first, with the same filters as
 * the list. Amounts are signed decimals in the currency's major unit.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, EntryFiltersType>,
  res: MedusaResponse
) => {
  const service: StoredValueModuleService = req.scope.resolve(STORED_VALUE_MODULE)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="stored-value-ledger-${new Date().toISOString().slice(0, 10)}.csv"`
  )
  res.write(`${COLUMNS.join(",")}\n`)
  for await (const rows of service.exportEntries(req.validatedQuery)) {
    res.write(csvRows(rows, COLUMNS))
  }
  res.end()
}
