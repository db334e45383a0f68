import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

/** Months with commission entries or a status, newest first: open or closed, entries, total. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
  res.json({ commission_periods: await service.listPeriods() })
}
