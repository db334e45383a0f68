import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminBranchQueryConfig } from "./query-config"
import {
  AdminCreateBranch,
  AdminCreateBranchClosure,
  AdminGetBranchCalendarParams,
  AdminGetBranchParams,
  AdminGetBranchesParams,
  AdminUpdateBranch,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

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
      validateBody(AdminCreateBranch),
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
      validateBody(AdminUpdateBranch),
      validateAndTransformQuery(AdminGetBranchParams, adminBranchQueryConfig.retrieve),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/branches/:id/closures",
    middlewares: [
      validateBody(AdminCreateBranchClosure),
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
