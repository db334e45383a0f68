import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchSurvey } from "../../helpers"
import type { SurveyResponse } from "../../../../../types/feedback/http"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<SurveyResponse>) => {
  res.json({ survey: await refetchSurvey(req.params.id, req.scope, req.queryConfig.fields) })
}
