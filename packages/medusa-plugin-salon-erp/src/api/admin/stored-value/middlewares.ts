import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminStoredValueQueryConfig } from "./query-config"
import {
  AdminAdjustAccount,
  AdminCloseAccount,
  AdminExportEntriesParams,
  AdminGetAccountParams,
  AdminGetAccountsParams,
  AdminGetEntriesParams,
  AdminRefundOperation,
  AdminReverseOperation,
  AdminSpend,
  AdminTopUp,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

/** A value-moving POST answers with the account's own fields; `?fields=` asks for more. */
export const movementQuery = validateAndTransformQuery(
  AdminGetAccountParams,
  adminStoredValueQueryConfig.movement
)

export const adminStoredValueMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/stored-value/accounts",
    middlewares: [
      validateAndTransformQuery(AdminGetAccountsParams, adminStoredValueQueryConfig.accounts),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/stored-value/accounts/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetAccountParams, adminStoredValueQueryConfig.account),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/accounts/:id/adjustments",
    middlewares: [validateBody(AdminAdjustAccount), movementQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/accounts/:id/close",
    middlewares: [validateBody(AdminCloseAccount), movementQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/top-ups",
    middlewares: [validateBody(AdminTopUp), movementQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/spends",
    middlewares: [validateBody(AdminSpend), movementQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/operations/:id/refund",
    middlewares: [validateBody(AdminRefundOperation), movementQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/operations/:id/reverse",
    middlewares: [validateBody(AdminReverseOperation), movementQuery],
  },
  {
    methods: ["GET"],
    matcher: "/admin/stored-value/entries",
    middlewares: [
      validateAndTransformQuery(AdminGetEntriesParams, adminStoredValueQueryConfig.entries),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/stored-value/entries/export",
    middlewares: [
      validateAndTransformQuery(AdminExportEntriesParams, { isList: false, defaults: [] }),
    ],
  },
]
