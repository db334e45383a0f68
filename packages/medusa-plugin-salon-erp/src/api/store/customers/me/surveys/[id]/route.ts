import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchSurvey } from "../../../../../admin/satisfaction/helpers"
import type { SurveyResponse } from "../../../../../../types/feedback/http"

/** One of the customer's surveys (404 for anyone else's). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<SurveyResponse>) => {
  res.json({
    survey: await refetchSurvey(
      req.params.id,
      req.scope,
      req.queryConfig.fields,
      req.auth_context.actor_id
    ),
  })
}
