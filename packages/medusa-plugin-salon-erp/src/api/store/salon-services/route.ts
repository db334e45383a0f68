import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreSalonServiceListResponse } from "../../../types/booking/http"

/** Services customers can book online; with `branch_id`, only those someone performs there. */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreSalonServiceListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, branch_id, ...filters } = req.filterableFields as Record<string, unknown>
  let ids: string[] | undefined
  if (branch_id) {
    const { data: staff } = await query.graph({
      entity: "staff_member",
      fields: ["staff_services.salon_service_id"],
      filters: { is_active: true, staff_branches: { branch_id } },
    })
    ids = [
      ...new Set(
        staff.flatMap((member) =>
          (member.staff_services ?? []).map(
            (link: { salon_service_id: string } | null) => link?.salon_service_id
          )
        )
      ),
    ].filter(Boolean) as string[]
  }
  const { data: salon_services, metadata } = await query.graph({
    entity: "salon_service",
    fields: req.queryConfig.fields,
    filters: {
      ...filters,
      is_active: true,
      is_bookable_online: true,
      ...(q ? { name: { $ilike: `%${q}%` } } : {}),
      ...(ids ? { id: ids } : {}),
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    salon_services,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
