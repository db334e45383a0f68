import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { storePackageEntryQueryConfig, storePackageQueryConfig } from "./query-config"
import {
  StoreGetPackageEntriesParams,
  StoreGetPackageParams,
  StoreGetPackagesParams,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/** The logged-in customer's own service packages. */
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
]
