import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteComplaintCategoryWorkflow } from "../../../../workflows/feedback/workflows/delete-complaint-category"
import { updateComplaintCategoryWorkflow } from "../../../../workflows/feedback/workflows/update-complaint-category"
import { refetchComplaintCategory } from "../helpers"
import type { AdminUpdateComplaintCategoryType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { ComplaintCategoryResponse, DeleteResponse } from "../../../../types/feedback/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintCategoryResponse>
) => {
  res.json({
    complaint_category: await refetchComplaintCategory(
      req.params.id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}

/** Renames, re-ranks or (de)activates a category; its code never changes. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateComplaintCategoryType>,
    res: MedusaResponse<ComplaintCategoryResponse>
  ) => {
    await refetchComplaintCategory(req.params.id, req.scope, ["id"])
    await updateComplaintCategoryWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    res.json({
      complaint_category: await refetchComplaintCategory(
        req.params.id,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)

/** Deletes a category no complaint uses (409 otherwise: deactivate it). */
export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await refetchComplaintCategory(req.params.id, req.scope, ["id"])
    await deleteComplaintCategoryWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "complaint_category", deleted: true })
  }
)
