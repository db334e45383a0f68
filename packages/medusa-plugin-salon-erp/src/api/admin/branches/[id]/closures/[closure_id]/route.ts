import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteBookingRecordsWorkflow } from "../../../../../../workflows/booking/workflows/delete-booking-records"
import { refetchBranch } from "../../../helpers"
import { withConflictMessages } from "../../../../../utils/conflict-messages"
import type { DeleteResponse } from "../../../../../../types/booking/http"

/** Reopens the branch on a closure's dates. */
export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    const branch = await refetchBranch(req.params.id, req.scope, ["id", "closures.id"])
    if (
      !branch.closures?.some(
        (closure: { id: string } | null) => closure?.id === req.params.closure_id
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Closure with id: ${req.params.closure_id} was not found`
      )
    }
    await deleteBookingRecordsWorkflow(req.scope).run({
      input: { entity: "branch_closure", ids: [req.params.closure_id] },
    })
    res.json({ id: req.params.closure_id, object: "branch_closure", deleted: true })
  }
)
