import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchAppointment } from "../helpers"
import type { AppointmentResponse } from "../../../../types/booking/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AppointmentResponse>
) => {
  res.json({
    appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
  })
}
