import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeComplaintWorkflow } from "../../../../../workflows/feedback/workflows/close-complaint"
import { refetchComplaint, staffActor } from "../../helpers"
import type { ComplaintNoteType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../types/feedback/http"

/** Closes a resolved complaint. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<ComplaintNoteType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await closeComplaintWorkflow(req.scope).run({
      input: { note: req.validatedBody.note, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
