import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPackageTemplateWorkflow } from "../../../workflows/service-package/workflows/create-package-template"
import { refetchPackageTemplate, sortedItems } from "./helpers"
import type { AdminCreatePackageTemplateType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type {
  PackageTemplateListResponse,
  PackageTemplateResponse,
} from "../../../types/service-packages/http"

/** Lists package templates; `q` searches names, `is_active` filters. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<PackageTemplateListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data, metadata } = await query.graph({
    entity: "package_template",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    package_templates: data.map(sortedItems),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Creates a template, sold as an existing variant (`variant_id`) or a new product (`prices`). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreatePackageTemplateType>,
    res: MedusaResponse<PackageTemplateResponse>
  ) => {
    const { result } = await createPackageTemplateWorkflow(req.scope).run({
      input: req.validatedBody,
    })
    const package_template = await refetchPackageTemplate(
      result.id,
      req.scope,
      req.queryConfig.fields
    )
    res.status(201).json({ package_template })
  }
)
