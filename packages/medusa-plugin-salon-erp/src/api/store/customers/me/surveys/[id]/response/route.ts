import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitSatisfactionSurveyWorkflow } from "../../../../../../../workflows/feedback/workflows/submit-satisfaction-survey"
import { refetchSurvey } from "../../../../../../admin/satisfaction/helpers"
import type { StoreSurveyResponseType } from "../../validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { SurveyResponse } from "../../../../../../../types/feedback/http"

/**
 * Answers the survey of one of the customer's visits: technique, attitude, environment and
 * result (1–5), NPS (0–10) and a comment. Once per appointment: a second answer is a 409.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreSurveyResponseType>,
    res: MedusaResponse<SurveyResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await submitSatisfactionSurveyWorkflow(req.scope).run({
      input: { ...req.validatedBody, survey_id: req.params.id, customer_id: customerId },
    })
    res.status(201).json({
      survey: await refetchSurvey(req.params.id, req.scope, req.queryConfig.fields, customerId),
    })
  }
)
