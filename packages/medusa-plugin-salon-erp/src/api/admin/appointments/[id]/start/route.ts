import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startAppointmentWorkflow } from "../../../../../workflows/booking/workflows/start-appointment"
import { refetchAppointment, staffActor } from "../../helpers"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../types/booking/http"

/** Records that service has begun. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AppointmentResponse>) => {
    await startAppointmentWorkflow(req.scope).run({
      input: { appointment_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
