import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateFollowUpVisitWorkflow } from "../../../../../workflows/feedback/workflows/update-follow-up-visit"
import { refetchFollowUpVisit } from "../../helpers"
import type { AdminUpdateFollowUpVisitType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { FollowUpVisitResponse } from "../../../../../types/feedback/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<FollowUpVisitResponse>
) => {
  res.json({
    follow_up_visit: await refetchFollowUpVisit(req.params.id, req.scope, req.queryConfig.fields),
  })
}

/** Reassigns a follow-up visit, notes what came of it, marks it done (with its outcome) or canceled. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateFollowUpVisitType>,
    res: MedusaResponse<FollowUpVisitResponse>
  ) => {
    await refetchFollowUpVisit(req.params.id, req.scope, ["id"])
    await updateFollowUpVisitWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id, actor_id: req.auth_context.actor_id },
    })
    res.json({
      follow_up_visit: await refetchFollowUpVisit(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
