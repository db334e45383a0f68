import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCustomer } from "../../helpers"
import type { HealthDataAccessListResponse } from "../../../../../types/clients/http"

/** Who read the customer's health data and when, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<HealthDataAccessListResponse>
) => {
  const customerId = req.params.id
  const { limit, offset } = req.validatedQuery as { limit: number; offset: number }
  await assertCustomer(req.scope, customerId)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "health_data_access",
    fields: ["id", "actor_id", "actor_type", "action", "created_at", "user.email"],
    filters: { customer_id: customerId },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    health_data_access: data.map(({ user, ...entry }) => ({
      ...entry,
      actor: entry.actor_type === "user" && user ? { email: user.email } : null,
    })),
    count: metadata!.count,
    offset,
    limit,
  })
}
