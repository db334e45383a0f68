import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { storeSurveyQueryConfig } from "./query-config"
import { StoreGetSurveyParams, StoreGetSurveysParams, StoreSurveyResponse } from "./validators"
import { validateBody } from "../../../../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])
const retrieve = validateAndTransformQuery(StoreGetSurveyParams, storeSurveyQueryConfig.retrieve)

/** The logged-in customer's own satisfaction surveys. */
export const storeSurveyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/surveys",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetSurveysParams, storeSurveyQueryConfig.list),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/surveys/:id",
    middlewares: [customer, retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/surveys/:id/response",
    middlewares: [customer, validateBody(StoreSurveyResponse), retrieve],
  },
]
