import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetClientProfilesParams } from "./validators"

/** The route chooses its own fields: a list never carries health data. */
export const adminClientProfileMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/client-profiles",
    middlewares: [
      validateAndTransformQuery(AdminGetClientProfilesParams, { isList: false, defaults: [] }),
    ],
  },
]
