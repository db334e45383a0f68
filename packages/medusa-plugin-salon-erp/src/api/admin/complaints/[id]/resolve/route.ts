import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveComplaintWorkflow } from "../../../../../workflows/feedback/workflows/resolve-complaint"
import { refetchComplaint, staffActor } from "../../helpers"
import type { ResolveComplaintType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../../types/feedback/http"

/** Resolves the complaint with what was done and any remedies; the customer can then rate it. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<ResolveComplaintType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await resolveComplaintWorkflow(req.scope).run({
      input: { ...req.validatedBody, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
