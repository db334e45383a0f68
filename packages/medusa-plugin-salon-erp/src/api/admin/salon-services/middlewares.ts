import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminSalonServiceQueryConfig } from "./query-config"
import {
  AdminCreateSalonService,
  AdminGetSalonServiceParams,
  AdminGetSalonServicesParams,
  AdminUpdateSalonService,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

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
      validateBody(AdminCreateSalonService),
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
      validateBody(AdminUpdateSalonService),
      validateAndTransformQuery(AdminGetSalonServiceParams, adminSalonServiceQueryConfig.retrieve),
    ],
  },
]
