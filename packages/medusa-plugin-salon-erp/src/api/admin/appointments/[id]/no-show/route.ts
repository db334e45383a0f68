import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markAppointmentNoShowWorkflow } from "../../../../../workflows/booking/workflows/mark-appointment-no-show"
import { refetchAppointment, staffActor } from "../../helpers"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../types/booking/http"

/** Records that the customer did not come (after the start time). */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AppointmentResponse>) => {
    await markAppointmentNoShowWorkflow(req.scope).run({
      input: { appointment_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
