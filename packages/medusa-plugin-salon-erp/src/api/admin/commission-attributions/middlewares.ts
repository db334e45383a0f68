import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetCommissionAttributionParams, AdminSetCommissionAttribution } from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminCommissionAttributionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/commission-attributions",
    middlewares: [validateAndTransformQuery(AdminGetCommissionAttributionParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-attributions",
    middlewares: [validateBody(AdminSetCommissionAttribution)],
  },
]
