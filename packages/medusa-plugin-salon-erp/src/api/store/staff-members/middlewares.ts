import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { storeStaffMemberQueryConfig } from "./query-config"
import { StoreGetStaffMembersParams } from "./validators"

export const storeStaffMemberMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/staff-members",
    middlewares: [
      validateAndTransformQuery(StoreGetStaffMembersParams, storeStaffMemberQueryConfig),
    ],
  },
]
