import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createScheduleExceptionWorkflow } from "../../../../../workflows/booking/workflows/create-schedule-exception"
import { refetchStaffMember } from "../../helpers"
import type { AdminCreateScheduleExceptionType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { ScheduleExceptionResponse } from "../../../../../types/booking/http"

/** Records time off or an extra shift. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateScheduleExceptionType>,
    res: MedusaResponse<ScheduleExceptionResponse>
  ) => {
    await refetchStaffMember(req.params.id, req.scope, ["id"])
    const { result } = await createScheduleExceptionWorkflow(req.scope).run({
      input: { ...req.validatedBody, staff_member_id: req.params.id },
    })
    res.status(201).json({ schedule_exception: result })
  }
)
