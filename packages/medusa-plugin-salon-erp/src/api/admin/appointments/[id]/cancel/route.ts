import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAppointmentWorkflow } from "../../../../../workflows/booking/workflows/cancel-appointment"
import { refetchAppointment, staffActor } from "../../helpers"
import type { CancelAppointmentType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../types/booking/http"

/** Cancels an upcoming appointment; inside the cut-off it is recorded as a late cancellation. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<CancelAppointmentType>,
    res: MedusaResponse<AppointmentResponse>
  ) => {
    await cancelAppointmentWorkflow(req.scope).run({
      input: {
        appointment_id: req.params.id,
        reason: req.validatedBody.reason,
        ...staffActor(req),
      },
    })
    res.json({
      appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
