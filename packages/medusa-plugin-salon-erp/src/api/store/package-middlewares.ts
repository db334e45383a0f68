import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { SetPackageReservation } from "../admin/appointments/[id]/package-reservations/validators"
import { storePackageEntryQueryConfig, storePackageQueryConfig } from "./package-query-config"
import {
  StoreGetPackageEntriesParams,
  StoreGetPackageParams,
  StoreGetPackagesParams,
} from "./package-validators"
import { validateBody } from "../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])

/** Store routes of the service package capability: the logged-in customer's own data only. */
export const storePackageMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/packages",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetPackagesParams, storePackageQueryConfig.list),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/packages/:id",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetPackageParams, storePackageQueryConfig.retrieve),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/packages/:id/entries",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetPackageEntriesParams, storePackageEntryQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/appointments/:id/package",
    middlewares: [customer],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/appointments/:id/package",
    middlewares: [customer, validateBody(SetPackageReservation)],
  },
]
