import type { MiddlewareRoute } from "@medusajs/framework/http"
import { operationsMiddleware } from "../lib/observability/http"

/**
 * Every request gets an `x-request-id` (a valid incoming one is kept), is timed for `/metrics` and
 * runs with its id in context for the log lines. Global, so it must stay cheap: no I/O.
 */
export const operationsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/*", middlewares: [operationsMiddleware] },
]
