import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeRechargePlanQueryConfig } from "./query-config"
import { StoreGetRechargePlansParams } from "./validators"

export const storeRechargePlanMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/recharge-plans",
    middlewares: [
      validateAndTransformQuery(StoreGetRechargePlansParams, storeRechargePlanQueryConfig),
    ],
  },
]
