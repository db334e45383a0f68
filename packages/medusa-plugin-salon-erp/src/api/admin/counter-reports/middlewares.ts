import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Settlement reports: Z report per shift, per branch per day, per month. */
export const adminCounterReportMiddlewares: MiddlewareRoute[] = []
