import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { adminCounterRegisterQueryConfig } from "./query-config"
import {
  AdminCreateCounterRegister,
  AdminGetCounterRegisterParams,
  AdminGetCounterRegistersParams,
  AdminOpenCounterShift,
  AdminUpdateCounterRegister,
} from "./validators"

/** Registers and opening their shifts (the admin session is required for every /admin route). */
export const adminCounterRegisterMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/counter-registers",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCounterRegistersParams,
        adminCounterRegisterQueryConfig.list
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-registers",
    middlewares: [
      validateBody(AdminCreateCounterRegister),
      validateAndTransformQuery(
        AdminGetCounterRegisterParams,
        adminCounterRegisterQueryConfig.retrieve
      ),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/counter-registers/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCounterRegisterParams,
        adminCounterRegisterQueryConfig.retrieve
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-registers/:id",
    middlewares: [
      validateBody(AdminUpdateCounterRegister),
      validateAndTransformQuery(
        AdminGetCounterRegisterParams,
        adminCounterRegisterQueryConfig.retrieve
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-registers/:id/shifts",
    middlewares: [validateBody(AdminOpenCounterShift)],
  },
]
