import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createComplaintCategoryWorkflow } from "../../../workflows/feedback/workflows/create-complaint-category"
import { refetchComplaintCategory } from "./helpers"
import type { AdminCreateComplaintCategoryType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type {
  ComplaintCategoryListResponse,
  ComplaintCategoryResponse,
} from "../../../types/feedback/http"

/** The complaint taxonomy (filter by name with `q`, by `is_active`). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintCategoryListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: complaint_categories, metadata } = await query.graph({
    entity: "complaint_category",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    complaint_categories,
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/** Adds a category to the taxonomy (headquarters). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateComplaintCategoryType>,
    res: MedusaResponse<ComplaintCategoryResponse>
  ) => {
    const { result } = await createComplaintCategoryWorkflow(req.scope).run({
      input: req.validatedBody,
    })
    res.status(201).json({
      complaint_category: await refetchComplaintCategory(
        result.id,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)
