import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reopenComplaintWorkflow } from "../../../../../workflows/feedback/workflows/reopen-complaint"
import { refetchComplaint, staffActor } from "../../helpers"
import type { ReopenComplaintType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../types/feedback/http"

/** Reopens a resolved or closed complaint; a new resolution deadline runs from now. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<ReopenComplaintType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await reopenComplaintWorkflow(req.scope).run({
      input: { reason: req.validatedBody.reason, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
