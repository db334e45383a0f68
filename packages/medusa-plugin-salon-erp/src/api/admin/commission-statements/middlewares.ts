import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetCommissionStatementsParams } from "./validators"

export const adminCommissionStatementMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/commission-statements",
    middlewares: [validateAndTransformQuery(AdminGetCommissionStatementsParams, {})],
  },
]
