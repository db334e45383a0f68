import { defineMiddlewares } from "@medusajs/framework/http"
import { operationsMiddleware } from "../lib/observability/http"
import { adminMiddlewares } from "./admin/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/**
 * Each resource keeps its middlewares (validators, query configs, auth) next to its routes;
 * `admin/middlewares.ts` and `store/middlewares.ts` gather them.
 */
export default defineMiddlewares({
  routes: [
    // Every request gets an `x-request-id` (a valid incoming one is kept), is timed for
    // `/metrics` and runs with its id in context for the log lines. Global, so it must stay
    // cheap: no I/O.
    { matcher: "/*", middlewares: [operationsMiddleware] },
    ...adminMiddlewares,
    ...storeMiddlewares,
  ],
})
