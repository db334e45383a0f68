import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCustomerComplaint } from "../helpers"
import type { ComplaintResponse } from "../../../../../../types/feedback/http"

/** One of the customer's complaints with its timeline (replies to them, status changes) and photos. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintResponse>
) => {
  res.json({
    complaint: await refetchCustomerComplaint(
      req.params.id,
      req.auth_context.actor_id,
      req.scope,
      req.queryConfig.fields
    ),
  })
}
