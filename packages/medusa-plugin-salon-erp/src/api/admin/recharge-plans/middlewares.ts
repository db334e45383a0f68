import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { rechargePlanQueryConfig } from "./query-config"
import {
  AdminCreateRechargePlan,
  AdminGetRechargePlanParams,
  AdminGetRechargePlansParams,
  AdminUpdateRechargePlan,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminRechargePlanMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/recharge-plans",
    middlewares: [
      validateAndTransformQuery(AdminGetRechargePlansParams, rechargePlanQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recharge-plans",
    middlewares: [
      validateBody(AdminCreateRechargePlan),
      validateAndTransformQuery(AdminGetRechargePlanParams, rechargePlanQueryConfig.retrieve),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/recharge-plans/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetRechargePlanParams, rechargePlanQueryConfig.retrieve),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/recharge-plans/:id",
    middlewares: [
      validateBody(AdminUpdateRechargePlan),
      validateAndTransformQuery(AdminGetRechargePlanParams, rechargePlanQueryConfig.retrieve),
    ],
  },
]
