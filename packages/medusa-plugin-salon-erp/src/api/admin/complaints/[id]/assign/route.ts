import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignComplaintWorkflow } from "../../../../../workflows/feedback/workflows/assign-complaint"
import { refetchComplaint, staffActor } from "../../helpers"
import type { AssignComplaintType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../types/feedback/http"

/** Gives the complaint to an admin user (who is notified in the admin feed). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AssignComplaintType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await assignComplaintWorkflow(req.scope).run({
      input: { ...req.validatedBody, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
