import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { StoreUpdateClientProfile } from "./client-validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Client profiles: the logged-in customer's own profile. */
export const storeClientMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/client-profile",
    middlewares: [customer],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/client-profile",
    middlewares: [customer, validateAndTransformBody(StoreUpdateClientProfile)],
  },
]
