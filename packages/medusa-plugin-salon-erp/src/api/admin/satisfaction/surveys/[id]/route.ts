import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchSurvey } from "../../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ survey: await refetchSurvey(req.params.id, req.scope, req.queryConfig.fields) })
}
