import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBranchWorkflow } from "../../../../workflows/booking/workflows/delete-branch"
import { updateBranchWorkflow } from "../../../../workflows/booking/workflows/update-branch"
import { refetchBranch } from "../helpers"
import type { AdminUpdateBranchType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { BranchResponse, DeleteResponse } from "../../../../types/booking/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<BranchResponse>) => {
  const branch = await refetchBranch(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ branch })
}

/** Updates a branch; `opening_hours` replaces the whole week. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateBranchType>,
    res: MedusaResponse<BranchResponse>
  ) => {
    await refetchBranch(req.params.id, req.scope, ["id"])
    await updateBranchWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    const branch = await refetchBranch(req.params.id, req.scope, req.queryConfig.fields)
    res.json({ branch })
  }
)

export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await refetchBranch(req.params.id, req.scope, ["id"])
    await deleteBranchWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "branch", deleted: true })
  }
)
