import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeSalonServiceQueryConfig } from "./query-config"
import { StoreGetSalonServicesParams } from "./validators"

export const storeSalonServiceMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/salon-services",
    middlewares: [
      validateAndTransformQuery(StoreGetSalonServicesParams, storeSalonServiceQueryConfig),
    ],
  },
]
