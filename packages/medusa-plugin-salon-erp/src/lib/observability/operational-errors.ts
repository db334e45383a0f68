import type { MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { observeRequest } from "./http"
import { runWithRequestId } from "./request-context"

type ErrorHandler = MedusaErrorHandlerFunction

/** PostgreSQL/Node codes of a database that is down, restarting or out of connections. */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
])

/**
 * Whether an error means "the store is overloaded or its database unreachable right now", which a
 * client should retry later, rather than a bug: knex's pool acquire timeout and lost connections.
 */
export function isTemporarilyUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as {
      name?: unknown
      message?: unknown
      code?: unknown
      cause?: unknown
    }
    if (candidate.name === "KnexTimeoutError") {
      return true
    }
    if (
      typeof candidate.message === "string" &&
      /Timeout acquiring a connection/.test(candidate.message)
    ) {
      return true
    }
    if (typeof candidate.code === "string" && UNAVAILABLE_CODES.has(candidate.code)) {
      return true
    }
    current = candidate.cause
  }
  return false
}

export type OperationalErrorsOptions = {
  /** Seconds a client should wait before retrying after a 503 (`Retry-After`). Default 5. */
  retryAfterSeconds?: number
}

/**
 * Wraps the app's error handler (usually Medusa's own `errorHandler()`): a request that failed
 * because the database pool is exhausted or the database is unreachable answers
 * `503 Service Unavailable` with `Retry-After` at once instead of a 500; every other error goes to
 * the wrapped handler unchanged. Errors raised before the route middlewares (e.g. 401 from Medusa's
 * auth) also get the `x-request-id` header and are counted in the metrics here.
 *
 * In the app's src/api/middlewares.ts:
 * `defineMiddlewares({ errorHandler: withOperationalErrors(errorHandler()), routes: [] })`.
 */
export function withOperationalErrors(
  handler: ErrorHandler,
  { retryAfterSeconds = 5 }: OperationalErrorsOptions = {}
): ErrorHandler {
  return function operationalErrorHandler(err, req, res, next) {
    // Errors raised before the global middleware ran still log with the request id.
    return runWithRequestId(observeRequest(req, res), () => {
      if (!isTemporarilyUnavailable(err) || res.headersSent) {
        return handler(err, req, res, next)
      }
      const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER, {
        allowUnregistered: true,
      })
      logger?.warn(`503 at ${req.method} ${req.path}: ${(err as Error).message}`)
      res.setHeader("Retry-After", String(retryAfterSeconds))
      res.status(503).json({
        type: "unavailable",
        message: `The service is busy or its database unreachable; retry in ${retryAfterSeconds} s.`,
      })
    })
  }
}
