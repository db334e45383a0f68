import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getStaffPerformanceWorkflow } from "../../../workflows/commission/workflows/get-staff-performance"
import type { StaffPerformanceResponse } from "../../../types/commissions/http"
import type { AdminGetStaffPerformanceParamsType } from "./validators"

/**
 * Staff performance per staff member and branch over local dates [from, to]: services performed,
 * customers served, designated (requested) rate, service value, sales and commission, ranked.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStaffPerformanceParamsType>,
  res: MedusaResponse<StaffPerformanceResponse>
) => {
  const { result } = await getStaffPerformanceWorkflow(req.scope).run({
    input: req.validatedQuery,
  })
  res.json({ staff_performance: result })
}
