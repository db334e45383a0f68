import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellServicePackageWorkflow } from "../../../workflows/service-package/workflows/sell-service-package"
import {
  refetchServicePackage,
  requireIdempotencyKey,
  userActor,
  withSessionTotals,
} from "./helpers"
import type { AdminSellServicePackageType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type {
  PackageResponse,
  ServicePackageListResponse,
} from "../../../types/service-packages/http"

/** Lists customers' packages; filter by customer, template, status; `q` searches names. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ServicePackageListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data, metadata } = await query.graph({
    entity: "customer_package",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    service_packages: data.map(withSessionTotals),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/**
 * Sells a package at the counter (cash, card, WeChat Pay, Alipay, bank transfer; stored value
 * is not available yet). Requires an idempotency key: a retry returns the first package (200).
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminSellServicePackageType>,
    res: MedusaResponse<PackageResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await sellServicePackageWorkflow(req.scope).run({
      input: { ...body, idempotency_key: requireIdempotencyKey(req, body), ...userActor(req) },
    })
    const service_package = await refetchServicePackage(
      result.package_id,
      req.scope,
      req.queryConfig.fields
    )
    res.status(result.created ? 201 : 200).json({ service_package })
  }
)
