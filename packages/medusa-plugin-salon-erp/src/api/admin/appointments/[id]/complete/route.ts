import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { completeAppointmentWorkflow } from "../../../../../workflows/booking/workflows/complete-appointment"
import { refetchAppointment, staffActor } from "../../helpers"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../types/booking/http"

/** Records that the services were performed. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AppointmentResponse>) => {
    await completeAppointmentWorkflow(req.scope).run({
      input: { appointment_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
