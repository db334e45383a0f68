import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCounterShift, AdminCounterShiftListResponse } from "../../../types/counter/http"
import { withTotals } from "./helpers"

/**
 * Shifts, newest first; filter by register_id, branch_id and status. Each has its cash totals
 * (one aggregate query for the page).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCounterShiftListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "counter_shift",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    counter_shifts: await withTotals(req.scope, data as unknown as AdminCounterShift[]),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
