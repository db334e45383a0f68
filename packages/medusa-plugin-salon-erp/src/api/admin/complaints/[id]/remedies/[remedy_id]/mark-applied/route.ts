import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markComplaintRemedyAppliedWorkflow } from "../../../../../../../workflows/feedback/workflows/mark-complaint-remedy-applied"
import { refetchComplaint, staffActor } from "../../../../helpers"
import type { MarkRemedyAppliedType } from "../../../../validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../../../types/feedback/http"

/** Confirms that a recorded remedy was given to the customer. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<MarkRemedyAppliedType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await markComplaintRemedyAppliedWorkflow(req.scope).run({
      input: {
        complaint_id: req.params.id,
        remedy_id: req.params.remedy_id,
        applied_reference: req.validatedBody.applied_reference,
        ...staffActor(req),
      },
    })
    res.json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
