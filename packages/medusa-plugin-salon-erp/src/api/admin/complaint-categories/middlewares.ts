import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminComplaintCategoryQueryConfig } from "./query-config"
import {
  AdminCreateComplaintCategory,
  AdminGetComplaintCategoriesParams,
  AdminGetComplaintCategoryParams,
  AdminUpdateComplaintCategory,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const retrieve = validateAndTransformQuery(
  AdminGetComplaintCategoryParams,
  adminComplaintCategoryQueryConfig.retrieve
)

export const adminComplaintCategoryMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/complaint-categories",
    middlewares: [
      validateAndTransformQuery(
        AdminGetComplaintCategoriesParams,
        adminComplaintCategoryQueryConfig.list
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/complaint-categories",
    middlewares: [validateBody(AdminCreateComplaintCategory), retrieve],
  },
  { methods: ["GET"], matcher: "/admin/complaint-categories/:id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/admin/complaint-categories/:id",
    middlewares: [validateBody(AdminUpdateComplaintCategory), retrieve],
  },
]
