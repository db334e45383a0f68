import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminSalonServiceQueryConfig } from "./query-config"
import {
  AdminCreateSalonService,
  AdminGetSalonServiceParams,
  AdminGetSalonServicesParams,
  AdminUpdateSalonService,
} from "./validators"

export const adminSalonServiceMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/salon-services",
    middlewares: [
      validateAndTransformQuery(AdminGetSalonServicesParams, adminSalonServiceQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/salon-services",
    middlewares: [
      validateAndTransformBody(AdminCreateSalonService),
      validateAndTransformQuery(AdminGetSalonServiceParams, adminSalonServiceQueryConfig.retrieve),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/salon-services/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetSalonServiceParams, adminSalonServiceQueryConfig.retrieve),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/salon-services/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateSalonService),
      validateAndTransformQuery(AdminGetSalonServiceParams, adminSalonServiceQueryConfig.retrieve),
    ],
  },
]
