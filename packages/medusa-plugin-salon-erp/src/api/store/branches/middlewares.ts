import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeBranchQueryConfig } from "./query-config"
import { StoreGetBranchesParams } from "./validators"

export const storeBranchMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/branches",
    middlewares: [validateAndTransformQuery(StoreGetBranchesParams, storeBranchQueryConfig)],
  },
]
