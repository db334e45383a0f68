import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetScheduledJobsParams } from "./validators"

/** The scheduled-jobs check (the admin session is required for every /admin route). */
export const adminScheduledJobMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/salon-operations/scheduled-jobs",
    middlewares: [
      validateAndTransformQuery(AdminGetScheduledJobsParams, { isList: false, defaults: [] }),
    ],
  },
]
