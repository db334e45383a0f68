import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Top-up offers on sale now; buy one by adding its `variant_id` to a cart. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const { data: recharge_plans, metadata } = await query.graph({
    entity: "recharge_plan",
    fields: req.queryConfig.fields,
    filters: {
      ...req.filterableFields,
      is_active: true,
      $and: [
        { $or: [{ starts_at: null }, { starts_at: { $lte: now } }] },
        { $or: [{ ends_at: null }, { ends_at: { $gt: now } }] },
      ],
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    recharge_plans,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}
