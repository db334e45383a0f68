import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { commissionQueryConfig } from "./commission-query-config"
import {
  AdminCreateCommissionRule,
  AdminExportCommissionEntriesParams,
  AdminGetCommissionAttributionParams,
  AdminGetCommissionEntriesParams,
  AdminGetCommissionRuleParams,
  AdminGetCommissionRulesParams,
  AdminGetCommissionStatementsParams,
  AdminGetStaffPerformanceParams,
  AdminSetCommissionAttribution,
  AdminSyncCommissionSource,
  AdminUpdateCommissionRule,
} from "./commission-validators"
import { validateBody } from "../utils/validate-body"

export const adminCommissionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/commission-rules",
    middlewares: [
      validateAndTransformQuery(AdminGetCommissionRulesParams, commissionQueryConfig.rules.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-rules",
    middlewares: [
      validateBody(AdminCreateCommissionRule),
      validateAndTransformQuery(AdminGetCommissionRuleParams, commissionQueryConfig.rules.retrieve),
    ],
  },
  {
    methods: ["GET", "DELETE"],
    matcher: "/admin/commission-rules/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetCommissionRuleParams, commissionQueryConfig.rules.retrieve),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-rules/:id",
    middlewares: [
      validateBody(AdminUpdateCommissionRule),
      validateAndTransformQuery(AdminGetCommissionRuleParams, commissionQueryConfig.rules.retrieve),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/commission-attributions",
    middlewares: [validateAndTransformQuery(AdminGetCommissionAttributionParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-attributions",
    middlewares: [validateBody(AdminSetCommissionAttribution)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/commission-sources/sync",
    middlewares: [validateBody(AdminSyncCommissionSource)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/commission-entries",
    middlewares: [
      validateAndTransformQuery(
        AdminGetCommissionEntriesParams,
        commissionQueryConfig.entries.list
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/commission-entries/export",
    middlewares: [validateAndTransformQuery(AdminExportCommissionEntriesParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/commission-statements",
    middlewares: [validateAndTransformQuery(AdminGetCommissionStatementsParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/staff-performance",
    middlewares: [validateAndTransformQuery(AdminGetStaffPerformanceParams, {})],
  },
]
