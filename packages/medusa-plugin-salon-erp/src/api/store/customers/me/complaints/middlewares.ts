import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { storeComplaintCategoryQueryConfig, storeComplaintQueryConfig } from "./query-config"
import {
  StoreComplaintAttachments,
  StoreComplaintMessage,
  StoreCreateComplaint,
  StoreGetComplaintCategoriesParams,
  StoreGetComplaintParams,
  StoreGetComplaintsParams,
  StoreRateComplaint,
} from "./validators"
import { validateBody } from "../../../../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])
const retrieve = validateAndTransformQuery(
  StoreGetComplaintParams,
  storeComplaintQueryConfig.retrieve
)
/** Attachments travel as base64 in JSON: room for five 5 MB photos. */
const UPLOAD_BODY = { sizeLimit: "40mb" }

/** The logged-in customer's own complaints. */
export const storeComplaintMiddlewares: MiddlewareRoute[] = [
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
    middlewares: [customer, validateBody(StoreCreateComplaint), retrieve],
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
    middlewares: [customer, retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/complaints/:id/messages",
    middlewares: [customer, validateBody(StoreComplaintMessage), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/complaints/:id/attachments",
    bodyParser: UPLOAD_BODY,
    middlewares: [customer, validateBody(StoreComplaintAttachments), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/complaints/:id/rating",
    middlewares: [customer, validateBody(StoreRateComplaint), retrieve],
  },
]
