import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInAppointmentWorkflow } from "../../../../../workflows/booking/workflows/check-in-appointment"
import { refetchAppointment, staffActor } from "../../helpers"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../types/booking/http"

/** Records the customer's arrival. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AppointmentResponse>) => {
    await checkInAppointmentWorkflow(req.scope).run({
      input: { appointment_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
