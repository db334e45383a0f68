import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetJobRunsParams } from "./validators"

/** Scheduled job runs (the admin session is required for every /admin route). */
export const adminJobRunMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/salon-operations/job-runs",
    middlewares: [
      validateAndTransformQuery(AdminGetJobRunsParams, { isList: false, defaults: [] }),
    ],
  },
]
