import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addComplaintAttachmentsWorkflow } from "../../../../../workflows/feedback/workflows/add-complaint-attachments"
import { refetchComplaint, staffActor } from "../../helpers"
import type { AdminComplaintAttachmentsType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../types/feedback/http"

/** Attaches photos or documents (base64) through the file module. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminComplaintAttachmentsType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await addComplaintAttachmentsWorkflow(req.scope).run({
      input: { ...req.validatedBody, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.status(201).json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
