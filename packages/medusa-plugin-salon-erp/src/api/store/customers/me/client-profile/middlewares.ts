import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { StoreUpdateClientProfile } from "./validators"
import { validateBody } from "../../../../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])

/**
 * The customer's own profile: `/store/customers/me/profile` is the documented path;
 * `/store/customers/me/client-profile` is an alias with the same handlers (kept for integrations
 * that already use it).
 */
const OWN_PROFILE_PATHS = ["/store/customers/me/profile", "/store/customers/me/client-profile"]

/** Client profiles: the logged-in customer's own profile. */
export const storeClientProfileMiddlewares: MiddlewareRoute[] = OWN_PROFILE_PATHS.flatMap(
  (matcher): MiddlewareRoute[] => [
    {
      methods: ["GET"],
      matcher,
      middlewares: [customer],
    },
    {
      methods: ["POST"],
      matcher,
      middlewares: [customer, validateBody(StoreUpdateClientProfile)],
    },
  ]
)
