import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchAppointment } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
  })
}
