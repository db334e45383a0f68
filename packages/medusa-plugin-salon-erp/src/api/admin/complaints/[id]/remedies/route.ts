import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordComplaintRemedyWorkflow } from "../../../../../workflows/feedback/workflows/record-complaint-remedy"
import { refetchComplaint, staffActor } from "../../helpers"
import type { RemedyType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../types/feedback/http"

/** Records a remedy (goodwill credit, free session, other) on the complaint. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest<RemedyType>, res: MedusaResponse<ComplaintResponse>) => {
    await recordComplaintRemedyWorkflow(req.scope).run({
      input: { remedy: req.validatedBody, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.status(201).json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
