import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBranchWorkflow } from "../../../workflows/booking/workflows/create-branch"
import { refetchBranch } from "./helpers"
import type { AdminCreateBranchType } from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { BranchListResponse, BranchResponse } from "../../../types/booking/http"

/** Lists branches (filter by name with `q`, by `is_active`). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<BranchListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: branches, metadata } = await query.graph({
    entity: "branch",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ branches, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/** Creates a branch with its opening hours and links. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateBranchType>,
    res: MedusaResponse<BranchResponse>
  ) => {
    const { result } = await createBranchWorkflow(req.scope).run({ input: req.validatedBody })
    const branch = await refetchBranch(result.id, req.scope, req.queryConfig.fields)
    res.status(201).json({ branch })
  }
)
