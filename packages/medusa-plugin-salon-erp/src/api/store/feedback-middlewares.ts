import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  storeComplaintCategoryQueryConfig,
  storeComplaintQueryConfig,
  storeSurveyQueryConfig,
} from "./feedback-query-config"
import {
  StoreComplaintAttachments,
  StoreComplaintMessage,
  StoreCreateComplaint,
  StoreGetComplaintCategoriesParams,
  StoreGetComplaintParams,
  StoreGetComplaintsParams,
  StoreGetSurveyParams,
  StoreGetSurveysParams,
  StoreRateComplaint,
  StoreSurveyResponse,
} from "./feedback-validators"
import { validateBody } from "../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])
const complaint = validateAndTransformQuery(
  StoreGetComplaintParams,
  storeComplaintQueryConfig.retrieve
)
const survey = validateAndTransformQuery(StoreGetSurveyParams, storeSurveyQueryConfig.retrieve)
/** Attachments travel as base64 in JSON: room for five 5 MB photos. */
const UPLOAD_BODY = { sizeLimit: "40mb" }

export const storeFeedbackMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/complaints",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetComplaintsParams, storeComplaintQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/complaints",
    bodyParser: UPLOAD_BODY,
    middlewares: [customer, validateBody(StoreCreateComplaint), complaint],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/complaints/categories",
    middlewares: [
      customer,
      validateAndTransformQuery(
        StoreGetComplaintCategoriesParams,
        storeComplaintCategoryQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/complaints/:id",
    middlewares: [customer, complaint],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/complaints/:id/messages",
    middlewares: [customer, validateBody(StoreComplaintMessage), complaint],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/complaints/:id/attachments",
    bodyParser: UPLOAD_BODY,
    middlewares: [customer, validateBody(StoreComplaintAttachments), complaint],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/complaints/:id/rating",
    middlewares: [customer, validateBody(StoreRateComplaint), complaint],
  },
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
    middlewares: [customer, survey],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/surveys/:id/response",
    middlewares: [customer, validateBody(StoreSurveyResponse), survey],
  },
]
