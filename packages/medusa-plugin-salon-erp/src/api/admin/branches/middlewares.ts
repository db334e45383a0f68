import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminBranchQueryConfig } from "./query-config"
import {
  AdminCreateBranch,
  AdminCreateBranchClosure,
  AdminGetBranchCalendarParams,
  AdminGetBranchParams,
  AdminGetBranchesParams,
  AdminUpdateBranch,
} from "./validators"

export const adminBranchMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/branches",
    middlewares: [validateAndTransformQuery(AdminGetBranchesParams, adminBranchQueryConfig.list)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/branches",
    middlewares: [
      validateAndTransformBody(AdminCreateBranch),
      validateAndTransformQuery(AdminGetBranchParams, adminBranchQueryConfig.retrieve),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/branches/:id",
    middlewares: [validateAndTransformQuery(AdminGetBranchParams, adminBranchQueryConfig.retrieve)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/branches/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateBranch),
      validateAndTransformQuery(AdminGetBranchParams, adminBranchQueryConfig.retrieve),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/branches/:id/closures",
    middlewares: [
      validateAndTransformBody(AdminCreateBranchClosure),
      validateAndTransformQuery(AdminGetBranchParams, adminBranchQueryConfig.retrieve),
    ],
  },
  {
    methods: ["DELETE"],
    matcher: "/admin/branches/:id/closures/:closure_id",
    middlewares: [validateAndTransformQuery(AdminGetBranchParams, adminBranchQueryConfig.retrieve)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/branches/:id/calendar",
    middlewares: [
      validateAndTransformQuery(AdminGetBranchCalendarParams, { isList: false, defaults: [] }),
    ],
  },
]
