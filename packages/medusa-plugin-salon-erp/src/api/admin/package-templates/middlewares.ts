import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminPackageTemplateQueryConfig } from "./query-config"
import {
  AdminCreatePackageTemplate,
  AdminGetPackageTemplateParams,
  AdminGetPackageTemplatesParams,
  AdminUpdatePackageTemplate,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const retrieve = validateAndTransformQuery(
  AdminGetPackageTemplateParams,
  adminPackageTemplateQueryConfig.retrieve
)

export const adminPackageTemplateMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/package-templates",
    middlewares: [
      validateAndTransformQuery(
        AdminGetPackageTemplatesParams,
        adminPackageTemplateQueryConfig.list
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/package-templates",
    middlewares: [validateBody(AdminCreatePackageTemplate), retrieve],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/package-templates/:id",
    middlewares: [retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/admin/package-templates/:id",
    middlewares: [validateBody(AdminUpdatePackageTemplate), retrieve],
  },
]
