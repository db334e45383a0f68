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
    middlewares: [validateBody(AdminAdjustAccount)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/accounts/:id/close",
    middlewares: [validateBody(AdminCloseAccount)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/top-ups",
    middlewares: [validateBody(AdminTopUp)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/spends",
    middlewares: [validateBody(AdminSpend)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/operations/:id/refund",
    middlewares: [validateBody(AdminRefundOperation)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/operations/:id/reverse",
    middlewares: [validateBody(AdminReverseOperation)],
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
