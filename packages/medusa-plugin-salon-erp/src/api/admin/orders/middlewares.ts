import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AdminRefundOrderStoredValue } from "../stored-value/validators"
import { validateBody } from "../../utils/validate-body"
import { movementQuery } from "../stored-value/middlewares"

/** Salon routes under Medusa's orders: refunding what an order paid with stored value. */
export const adminOrderMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/orders/:id/stored-value-refunds",
    middlewares: [validateBody(AdminRefundOrderStoredValue), movementQuery],
  },
]
