import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSalonServiceWorkflow } from "../../../workflows/booking/workflows/create-salon-service"
import { refetchSalonService, withStaffIds } from "./helpers"
import type { AdminCreateSalonServiceType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { SalonServiceListResponse, SalonServiceResponse } from "../../../types/booking/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<SalonServiceListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data, metadata } = await query.graph({
    entity: "salon_service",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    salon_services: data.map(withStaffIds),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Creates a service, sold as an existing variant (`variant_id`) or as a new product (`prices`). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateSalonServiceType>,
    res: MedusaResponse<SalonServiceResponse>
  ) => {
    const { result } = await createSalonServiceWorkflow(req.scope).run({ input: req.validatedBody })
    const salon_service = await refetchSalonService(result.id, req.scope, req.queryConfig.fields)
    res.status(201).json({ salon_service })
  }
)
