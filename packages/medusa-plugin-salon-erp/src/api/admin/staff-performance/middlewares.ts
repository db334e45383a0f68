import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetStaffPerformanceParams } from "./validators"

export const adminStaffPerformanceMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/staff-performance",
    middlewares: [validateAndTransformQuery(AdminGetStaffPerformanceParams, {})],
  },
]
