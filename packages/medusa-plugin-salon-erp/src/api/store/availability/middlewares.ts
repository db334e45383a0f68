import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AvailabilityParams } from "../../admin/appointments/validators"

export const storeAvailabilityMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/availability",
    middlewares: [validateAndTransformQuery(AvailabilityParams, { isList: false, defaults: [] })],
  },
]
