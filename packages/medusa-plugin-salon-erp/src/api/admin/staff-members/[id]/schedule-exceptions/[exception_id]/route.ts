import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteBookingRecordsWorkflow } from "../../../../../../workflows/booking/workflows/delete-booking-records"
import { refetchStaffMember } from "../../../helpers"
import { withConflictMessages } from "../../../../../utils/conflict-messages"
import type { DeleteResponse } from "../../../../../../types/booking/http"

export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    const staffMember = await refetchStaffMember(req.params.id, req.scope, [
      "id",
      "schedule_exceptions.id",
    ])
    if (
      !staffMember.schedule_exceptions?.some(
        (exception: { id: string } | null) => exception?.id === req.params.exception_id
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Schedule exception with id: ${req.params.exception_id} was not found`
      )
    }
    await deleteBookingRecordsWorkflow(req.scope).run({
      input: { entity: "schedule_exception", ids: [req.params.exception_id] },
    })
    res.json({ id: req.params.exception_id, object: "schedule_exception", deleted: true })
  }
)
