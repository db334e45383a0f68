import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { StoreApplyStoredValue } from "./validators"
import { validateBody } from "../../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])

/** Paying a cart with the logged-in member's stored value. */
export const storeCartMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/stored-value",
    middlewares: [customer, validateBody(StoreApplyStoredValue)],
  },
  { methods: ["DELETE"], matcher: "/store/carts/:id/stored-value", middlewares: [customer] },
]
