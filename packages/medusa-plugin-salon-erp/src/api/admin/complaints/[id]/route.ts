import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateComplaintWorkflow } from "../../../../workflows/feedback/workflows/update-complaint"
import { refetchComplaint, staffActor } from "../helpers"
import type { AdminUpdateComplaintType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { ComplaintResponse } from "../../../../types/feedback/http"

/** A complaint with its timeline (every entry, internal ones included), attachments and remedies. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ComplaintResponse>
) => {
  res.json({
    complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
  })
}

/** Reclassifies a complaint or links it to the appointment, order or staff member concerned. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateComplaintType>,
    res: MedusaResponse<ComplaintResponse>
  ) => {
    await updateComplaintWorkflow(req.scope).run({
      input: { ...req.validatedBody, complaint_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      complaint: await refetchComplaint(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
