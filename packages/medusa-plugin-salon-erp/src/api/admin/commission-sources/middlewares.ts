import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSyncCommissionSource } from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminCommissionSourceMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/commission-sources/sync",
    middlewares: [validateBody(AdminSyncCommissionSource)],
  },
]
