import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rateComplaintResolutionWorkflow } from "../../../../../../../workflows/feedback/workflows/rate-complaint-resolution"
import { refetchCustomerComplaint } from "../../helpers"
import type { StoreRateComplaintType } from "../../validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../../../types/feedback/http"

/** Rates how the complaint was resolved (1–5, once); a resolved complaint is then closed. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreRateComplaintType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await rateComplaintResolutionWorkflow(req.scope).run({
      input: { ...req.validatedBody, complaint_id: req.params.id, customer_id: customerId },
    })
    res.json({
      complaint: await refetchCustomerComplaint(
        req.params.id,
        customerId,
        req.scope,
        req.queryConfig.fields
      ),
    })
  }
)
