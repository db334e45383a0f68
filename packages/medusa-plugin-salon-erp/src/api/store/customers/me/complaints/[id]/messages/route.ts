import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addComplaintMessageWorkflow } from "../../../../../../../workflows/feedback/workflows/add-complaint-message"
import { customerActor, refetchCustomerComplaint } from "../../helpers"
import type { StoreComplaintMessageType } from "../../validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../../../types/feedback/http"

/** Adds the customer's message to their complaint (not once it is closed). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreComplaintMessageType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await addComplaintMessageWorkflow(req.scope).run({
      input: {
        complaint_id: req.params.id,
        body: req.validatedBody.body,
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
