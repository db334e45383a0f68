import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeSourceAttribution } from "../../../lib/commission/attribution-view"
import { setCommissionAttributionWorkflow } from "../../../workflows/commission/workflows/set-commission-attribution"
import type {
  AdminGetCommissionAttributionParamsType,
  AdminSetCommissionAttributionType,
} from "./validators"
import { withConflictMessages } from "../../utils/conflict-messages"
import type { CommissionAttributionResponse } from "../../../types/commissions/http"

/** Who earns each line of a source (an order, an appointment …), and whether it can still change. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCommissionAttributionParamsType>,
  res: MedusaResponse<CommissionAttributionResponse>
) => {
  res.json({
    commission_attribution: await describeSourceAttribution(req.scope, req.validatedQuery),
  })
}

/**
 * Sets or corrects who earned a line (shares summing to 100; an empty list restores the default)
 * and re-records the source's commissions.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminSetCommissionAttributionType>,
    res: MedusaResponse<CommissionAttributionResponse>
  ) => {
    await setCommissionAttributionWorkflow(req.scope).run({
      input: { ...req.validatedBody, set_by: req.auth_context.actor_id },
    })
    res.json({
      commission_attribution: await describeSourceAttribution(req.scope, {
        source_type: req.validatedBody.source_type,
        source_id: req.validatedBody.source_id,
      }),
    })
  }
)
