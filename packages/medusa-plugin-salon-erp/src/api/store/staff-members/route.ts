import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreStaffMemberListResponse } from "../../../types/booking/http"

/** Public profiles of active staff, so a customer can ask for someone; filter by branch and service. */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreStaffMemberListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { branch_id, salon_service_id, ...filters } = req.filterableFields as Record<
    string,
    unknown
  >
  const { data: staff_members, metadata } = await query.graph({
    entity: "staff_member",
    fields: req.queryConfig.fields,
    filters: {
      ...filters,
      is_active: true,
      ...(branch_id ? { staff_branches: { branch_id } } : {}),
      ...(salon_service_id ? { staff_services: { salon_service_id } } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({ staff_members, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
