import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminCommissionRuleQueryConfig } from "./query-config"
import {
  AdminCreateCommissionRule,
  AdminGetCommissionRuleParams,
  AdminGetCommissionRulesParams,
  AdminUpdateCommissionRule,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const retrieve = validateAndTransformQuery(
  AdminGetCommissionRuleParams,
  adminCommissionRuleQueryConfig.retrieve
)

export const adminCommissionRuleMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/commission-rules",
    middlewares: [
      validateAndTransformQuery(AdminGetCommissionRulesParams, adminCommissionRuleQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-rules",
    middlewares: [validateBody(AdminCreateCommissionRule), retrieve],
  },
  { methods: ["GET", "DELETE"], matcher: "/admin/commission-rules/:id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/admin/commission-rules/:id",
    middlewares: [validateBody(AdminUpdateCommissionRule), retrieve],
  },
]
