import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addComplaintMessageWorkflow } from "../../../../../workflows/feedback/workflows/add-complaint-message"
import { refetchComplaint, staffActor } from "../../helpers"
import type { AdminComplaintMessageType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../types/feedback/http"

/** Replies to the customer (`visibility: customer`) or adds an internal note. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminComplaintMessageType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await addComplaintMessageWorkflow(req.scope).run({
      input: { ...req.validatedBody, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.status(201).json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
