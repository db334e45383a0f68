import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminFollowUpVisitQueryConfig, adminSurveyQueryConfig } from "./query-config"
import {
  AdminGetFollowUpVisitParams,
  AdminGetFollowUpVisitsParams,
  AdminGetSurveyParams,
  AdminGetSurveysParams,
  AdminUpdateFollowUpVisit,
  EmptyQuery,
  SatisfactionAnalyticsParams,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const followUpRetrieve = validateAndTransformQuery(
  AdminGetFollowUpVisitParams,
  adminFollowUpVisitQueryConfig.retrieve
)

export const adminSatisfactionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/satisfaction/analytics",
    middlewares: [
      validateAndTransformQuery(SatisfactionAnalyticsParams, { isList: false, defaults: [] }),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/satisfaction/settings",
    middlewares: [validateAndTransformQuery(EmptyQuery, { isList: false, defaults: [] })],
  },
  {
    methods: ["GET"],
    matcher: "/admin/satisfaction/surveys",
    middlewares: [validateAndTransformQuery(AdminGetSurveysParams, adminSurveyQueryConfig.list)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/satisfaction/surveys/:id",
    middlewares: [validateAndTransformQuery(AdminGetSurveyParams, adminSurveyQueryConfig.retrieve)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/satisfaction/follow-up-visits",
    middlewares: [
      validateAndTransformQuery(AdminGetFollowUpVisitsParams, adminFollowUpVisitQueryConfig.list),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/satisfaction/follow-up-visits/:id",
    middlewares: [followUpRetrieve],
  },
  {
    methods: ["POST"],
    matcher: "/admin/satisfaction/follow-up-visits/:id",
    middlewares: [validateBody(AdminUpdateFollowUpVisit), followUpRetrieve],
  },
]
