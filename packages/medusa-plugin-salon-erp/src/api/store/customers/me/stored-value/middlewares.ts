import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { storeStoredValueEntryQueryConfig } from "./query-config"
import { StoreGetStoredValueEntriesParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/** The logged-in member's own stored value balances and ledger. */
export const storeStoredValueMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/customers/me/stored-value", middlewares: [customer] },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/stored-value/entries",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetStoredValueEntriesParams, storeStoredValueEntryQueryConfig),
    ],
  },
]
