import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { SetPackageReservation } from "./appointments/[id]/package-reservations/validators"
import { adminPackageTemplateQueryConfig } from "./package-templates/query-config"
import {
  AdminCreatePackageTemplate,
  AdminGetPackageTemplateParams,
  AdminGetPackageTemplatesParams,
  AdminUpdatePackageTemplate,
} from "./package-templates/validators"
import {
  adminPackageEntryQueryConfig,
  adminPackageOperationQueryConfig,
  adminServicePackageQueryConfig,
} from "./service-packages/query-config"
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
} from "./service-packages/validators"
import { validateBody } from "../utils/validate-body"

const template = validateAndTransformQuery(
  AdminGetPackageTemplateParams,
  adminPackageTemplateQueryConfig.retrieve
)
const servicePackage = validateAndTransformQuery(
  AdminGetServicePackageParams,
  adminServicePackageQueryConfig.retrieve
)

/** Admin routes of the service package capability (an admin session is required under /admin). */
export const adminServicePackageMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/package-templates",
    middlewares: [
      validateAndTransformQuery(
        AdminGetPackageTemplatesParams,
        adminPackageTemplateQueryConfig.list
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/package-templates",
    middlewares: [validateBody(AdminCreatePackageTemplate), template],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/package-templates/:id",
    middlewares: [template],
  },
  {
    methods: ["POST"],
    matcher: "/admin/package-templates/:id",
    middlewares: [validateBody(AdminUpdatePackageTemplate), template],
  },
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
    middlewares: [validateBody(AdminSellServicePackage), servicePackage],
  },
  {
    methods: ["GET"],
    matcher: "/admin/service-packages/reconciliation",
    middlewares: [
      validateAndTransformQuery(AdminReconciliationParams, { isList: false, defaults: [] }),
    ],
  },
  { methods: ["GET"], matcher: "/admin/service-packages/:id", middlewares: [servicePackage] },
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
    middlewares: [validateBody(AdminRedeemSessions), servicePackage],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/adjust",
    middlewares: [validateBody(AdminAdjustSessions), servicePackage],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/entries/:entry_id/reverse",
    middlewares: [validateBody(AdminReverseEntry), servicePackage],
  },
  { methods: ["GET"], matcher: "/admin/service-packages/:id/refund", middlewares: [] },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/refund",
    middlewares: [validateBody(AdminRefundPackage), servicePackage],
  },
  ...["freeze", "unfreeze"].map((action): MiddlewareRoute => ({
    methods: ["POST"],
    matcher: `/admin/service-packages/:id/${action}`,
    middlewares: [validateBody(AdminChangePackageStatus), servicePackage],
  })),
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/extend",
    middlewares: [validateBody(AdminExtendPackage), servicePackage],
  },
  {
    methods: ["POST"],
    matcher: "/admin/service-packages/:id/transfer",
    middlewares: [validateBody(AdminTransferSessions), servicePackage],
  },
  {
    methods: ["POST"],
    matcher: "/admin/appointments/:id/package-reservations",
    middlewares: [validateBody(SetPackageReservation)],
  },
]
