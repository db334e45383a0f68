import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminGetDailySettlementParams,
  AdminGetMonthlySettlementParams,
  AdminGetShiftSettlementParams,
} from "./validators"

/** Settlement reports: Z report per shift, per branch (or the chain) per day, per month. */
export const adminCounterReportMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/counter-reports/shifts/:id",
    middlewares: [validateAndTransformQuery(AdminGetShiftSettlementParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/counter-reports/daily",
    middlewares: [validateAndTransformQuery(AdminGetDailySettlementParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/counter-reports/monthly",
    middlewares: [validateAndTransformQuery(AdminGetMonthlySettlementParams, {})],
  },
]
