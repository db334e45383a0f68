import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createBranchClosureWorkflow } from "../../../../../workflows/booking/workflows/create-branch-closure"
import { refetchBranch } from "../../helpers"
import type { AdminCreateBranchClosureType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { BranchResponse } from "../../../../../types/booking/http"

/** Closes the branch on a date or date range; returns the branch with its closures. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateBranchClosureType>,
    res: MedusaResponse<BranchResponse>
  ) => {
    await refetchBranch(req.params.id, req.scope, ["id"])
    await createBranchClosureWorkflow(req.scope).run({
      input: { ...req.validatedBody, branch_id: req.params.id },
    })
    const branch = await refetchBranch(req.params.id, req.scope, req.queryConfig.fields)
    res.status(201).json({ branch })
  }
)
