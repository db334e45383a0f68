import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AvailabilityParams } from "../appointments/validators"

export const adminAvailabilityMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/availability",
    middlewares: [validateAndTransformQuery(AvailabilityParams, { isList: false, defaults: [] })],
  },
]
