import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchAppointment } from "../../../../../admin/appointments/helpers"
import type { AppointmentResponse } from "../../../../../../types/booking/http"

/** One of the logged-in customer's appointments (404 for anyone else's). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AppointmentResponse>
) => {
  res.json({
    appointment: await refetchAppointment(
      req.params.id,
      req.scope,
      req.queryConfig.fields,
      req.auth_context.actor_id
    ),
  })
}
