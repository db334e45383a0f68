import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminCounterShift } from "../../../../../types/counter/http"
import type { AdminZReportResponse, AdminZReportShift } from "../../../../../types/counter/reports"
import { withTotals } from "../../../counter-shifts/helpers"
import { sendSettlementCsv, settlementReport } from "../../helpers"
import type { AdminGetShiftSettlementParamsType } from "../../validators"

const SHIFT_FIELDS = [
  "id",
  "status",
  "register_id",
  "branch_id",
  "currency_code",
  "opened_at",
  "opened_by",
  "closed_at",
  "closed_by",
  "counted_cash",
  "cash_difference",
  "counted_tenders",
]

/**
 * The Z report of a shift: what its register sold and took (by tender, kind, staff member),
 * refunds, stored value and package sessions, with the drawer's cash figures; 404 for an
 * unknown shift. `?format=csv` answers a CSV file.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetShiftSettlementParamsType>,
  res: MedusaResponse<AdminZReportResponse>
) => {
  const { id } = req.params
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({ entity: "counter_shift", fields: SHIFT_FIELDS, filters: { id } })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter shift with id: ${id} was not found`)
  }
  const [shift] = await withTotals(req.scope, [found as unknown as AdminCounterShift])
  const [{ data: registers }, { data: branches }] = await Promise.all([
    query.graph({
      entity: "counter_register",
      fields: ["id", "name", "code"],
      filters: { id: shift.register_id },
      withDeleted: true,
    }),
    query.graph({ entity: "branch", fields: ["id", "name"], filters: { id: shift.branch_id } }),
  ])
  const register = registers[0] as { name: string; code: string } | undefined
  const branch = branches[0] as { id: string; name: string } | undefined
  const branchName = branch?.name ?? "Unknown branch"

  const report = await settlementReport(req.scope, {
    kind: "shift",
    filter: { shift_id: id },
    branch: { id: shift.branch_id, name: branchName },
  })
  const zShift: AdminZReportShift = {
    id: shift.id,
    status: shift.status,
    register_id: shift.register_id,
    register_name: register ? `${register.name} (${register.code})` : "Deleted register",
    branch_id: shift.branch_id,
    branch_name: branchName,
    currency_code: shift.currency_code,
    opened_at: shift.opened_at,
    opened_by: shift.opened_by,
    closed_at: shift.closed_at,
    closed_by: shift.closed_by,
    counted_cash: shift.counted_cash === null ? null : Number(shift.counted_cash),
    cash_difference: shift.cash_difference === null ? null : Number(shift.cash_difference),
    counted_tenders: shift.counted_tenders,
    totals: shift.totals,
  }
  if (req.validatedQuery.format === "csv") {
    return sendSettlementCsv(res, `z-report-${shift.id}`, report, zShift)
  }
  res.json({ settlement_report: report, counter_shift: zShift })
}
