import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addComplaintAttachmentsWorkflow } from "../../../../../../../workflows/feedback/workflows/add-complaint-attachments"
import { customerActor, refetchCustomerComplaint } from "../../helpers"
import type { StoreComplaintAttachmentsType } from "../../validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../../../types/feedback/http"

/** Adds photos or documents (base64) to the customer's complaint. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreComplaintAttachmentsType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await addComplaintAttachmentsWorkflow(req.scope).run({
      input: {
        complaint_id: req.params.id,
        files: req.validatedBody.files,
        ...customerActor(customerId),
      },
    })
    res.status(201).json({
      complaint: await refetchCustomerComplaint(
        req.params.id,
        customerId,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)
