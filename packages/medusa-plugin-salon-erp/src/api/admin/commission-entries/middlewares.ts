import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { adminCommissionEntryQueryConfig } from "./query-config"
import { AdminExportCommissionEntriesParams, AdminGetCommissionEntriesParams } from "./validators"

export const adminCommissionEntryMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/commission-entries",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCommissionEntriesParams,
        adminCommissionEntryQueryConfig.list
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/commission-entries/export",
    middlewares: [validateAndTransformQuery(AdminExportCommissionEntriesParams, {})],
  },
]
