import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionPeriodListResponse } from "../../../types/commissions/http"
import { isoDate } from "../../utils/iso-date"

/** Months with commission entries or a status, newest first: open or closed, entries, total. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<CommissionPeriodListResponse>
) => {
  const service: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
  const periods = await service.listPeriods()
  res.json({
    commission_periods: periods.map((row) => ({ ...row, closed_at: isoDate(row.closed_at) })),
  })
}
