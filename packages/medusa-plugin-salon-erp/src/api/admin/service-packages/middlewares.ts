import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  adminPackageEntryQueryConfig,
  adminPackageOperationQueryConfig,
  adminServicePackageQueryConfig,
} from "./query-config"
import {
  AdminAdjustSessions,
  AdminChangePackageStatus,
  AdminExtendPackage,
  AdminGetPackageEntriesParams,
  AdminGetPackageOperationsParams,
  AdminGetServicePackageParams,
  AdminGetServicePackagesParams,
  AdminReconciliationParams,
  AdminRedeemSessions,
  AdminRefundPackage,
  AdminReverseEntry,
  AdminSellServicePackage,
  AdminTransferSessions,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const retrieve = validateAndTransformQuery(
  AdminGetServicePackageParams,
  adminServicePackageQueryConfig.retrieve
)

export const adminServicePackageMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/service-packages",
    middlewares: [
      validateAndTransformQuery(AdminGetServicePackagesParams, adminServicePackageQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages",
    middlewares: [validateBody(AdminSellServicePackage), retrieve],
  },
  {
    methods: ["GET"],
    matcher: "/admin/service-packages/reconciliation",
    middlewares: [
      validateAndTransformQuery(AdminReconciliationParams, { isList: false, defaults: [] }),
    ],
  },
  { methods: ["GET"], matcher: "/admin/service-packages/:id", middlewares: [retrieve] },
  {
    methods: ["GET"],
    matcher: "/admin/service-packages/:id/entries",
    middlewares: [
      validateAndTransformQuery(AdminGetPackageEntriesParams, adminPackageEntryQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/service-packages/:id/operations",
    middlewares: [
      validateAndTransformQuery(AdminGetPackageOperationsParams, adminPackageOperationQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/redeem",
    middlewares: [validateBody(AdminRedeemSessions), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/adjust",
    middlewares: [validateBody(AdminAdjustSessions), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/entries/:entry_id/reverse",
    middlewares: [validateBody(AdminReverseEntry), retrieve],
  },
  { methods: ["GET"], matcher: "/admin/service-packages/:id/refund", middlewares: [] },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/refund",
    middlewares: [validateBody(AdminRefundPackage), retrieve],
  },
  ...["freeze", "unfreeze"].map((action): MiddlewareRoute => ({
    methods: ["POST"],
    matcher: `/admin/service-packages/:id/${action}`,
    middlewares: [validateBody(AdminChangePackageStatus), retrieve],
  })),
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/extend",
    middlewares: [validateBody(AdminExtendPackage), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/transfer",
    middlewares: [validateBody(AdminTransferSessions), retrieve],
  },
]
