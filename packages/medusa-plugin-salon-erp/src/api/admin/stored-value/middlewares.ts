import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminStoredValueQueryConfig } from "./query-config"
import {
  AdminAdjustAccount,
  AdminCloseAccount,
  AdminExportEntriesParams,
  AdminGetAccountParams,
  AdminGetAccountsParams,
  AdminGetEntriesParams,
  AdminRefundOperation,
  AdminRefundOrderStoredValue,
  AdminReverseOperation,
  AdminSpend,
  AdminTopUp,
} from "./validators"

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
    middlewares: [validateAndTransformBody(AdminAdjustAccount)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/accounts/:id/close",
    middlewares: [validateAndTransformBody(AdminCloseAccount)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/top-ups",
    middlewares: [validateAndTransformBody(AdminTopUp)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/spends",
    middlewares: [validateAndTransformBody(AdminSpend)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/operations/:id/refund",
    middlewares: [validateAndTransformBody(AdminRefundOperation)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/stored-value/operations/:id/reverse",
    middlewares: [validateAndTransformBody(AdminReverseOperation)],
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
  {
    methods: ["POST"],
    matcher: "/admin/orders/:id/stored-value-refunds",
    middlewares: [validateAndTransformBody(AdminRefundOrderStoredValue)],
  },
]
