import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { commissionEntryFilters } from "./helpers"
import type { AdminGetCommissionEntriesParamsType } from "./validators"
import type { CommissionEntryListResponse } from "../../../types/commissions/http"

/**
 * Commission entries for payroll: filtered by period, staff member, branch, kind, source,
 * customer and when they happened; newest first unless `order` says otherwise.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCommissionEntriesParamsType>,
  res: MedusaResponse<CommissionEntryListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pagination = req.queryConfig.pagination
  const { data: commission_entries, metadata } = await query.graph({
    entity: "commission_entry",
    fields: req.queryConfig.fields,
    filters: commissionEntryFilters(req.validatedQuery),
    pagination: { ...pagination, order: pagination.order ?? { created_at: "DESC", id: "DESC" } },
  })
  res.json({
    commission_entries,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
