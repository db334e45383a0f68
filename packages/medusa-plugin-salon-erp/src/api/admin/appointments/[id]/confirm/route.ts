import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmAppointmentWorkflow } from "../../../../../workflows/booking/workflows/confirm-appointment"
import { refetchAppointment, staffActor } from "../../helpers"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../types/booking/http"

/** Confirms a booked appointment. */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AppointmentResponse>) => {
    await confirmAppointmentWorkflow(req.scope).run({
      input: { appointment_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
