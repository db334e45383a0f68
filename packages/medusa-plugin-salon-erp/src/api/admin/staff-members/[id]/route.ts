import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteStaffMemberWorkflow } from "../../../../workflows/booking/workflows/delete-staff-member"
import { updateStaffMemberWorkflow } from "../../../../workflows/booking/workflows/update-staff-member"
import { refetchStaffMember } from "../helpers"
import type { AdminUpdateStaffMemberType } from "../validators"
import { withConflictMessages } from "../../../utils/conflict-messages"
import type { DeleteResponse, StaffMemberResponse } from "../../../../types/booking/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<StaffMemberResponse>
) => {
  const staff_member = await refetchStaffMember(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ staff_member })
}

/** Updates a staff member; `branch_ids` and `salon_service_ids` replace the whole sets. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminUpdateStaffMemberType>,
    res: MedusaResponse<StaffMemberResponse>
  ) => {
    await refetchStaffMember(req.params.id, req.scope, ["id"])
    await updateStaffMemberWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    const staff_member = await refetchStaffMember(req.params.id, req.scope, req.queryConfig.fields)
    res.json({ staff_member })
  }
)

export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await refetchStaffMember(req.params.id, req.scope, ["id"])
    await deleteStaffMemberWorkflow(req.scope).run({ input: { id: req.params.id } })
    res.json({ id: req.params.id, object: "staff_member", deleted: true })
  }
)
