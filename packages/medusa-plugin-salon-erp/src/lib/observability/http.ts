import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordHttpRequest } from "./metrics"
import { applyDatabaseAcquireTimeout } from "./database"
import { operationsOptionsFrom } from "./options"
import { REQUEST_ID_HEADER, requestIdFrom, runWithRequestId } from "./request-context"

const OBSERVED = Symbol.for("medusa-plugin-salon-erp.observed")

type ObservedRequest = MedusaRequest & { requestId?: string; [OBSERVED]?: boolean }

/**
 * The route pattern Express matched (`/admin/appointments/:id`), so metrics do not get one series
 * per id. Requests no route matched (404s, static files) share `unmatched`.
 */
export function routePattern(req: MedusaRequest): string {
  const route = (req as unknown as { route?: { path?: unknown } }).route
  return typeof route?.path === "string" ? `${req.baseUrl ?? ""}${route.path}` : "unmatched"
}

/**
 * Gives the request its id (the incoming valid `x-request-id` or a new one) on `req.requestId`,
 * where Medusa's request log line reads it, and on the response header; and counts the response
 * once it is sent. Safe to call twice for one request.
 */
export function observeRequest(req: MedusaRequest, res: MedusaResponse): string {
  const request = req as ObservedRequest
  if (request[OBSERVED]) {
    return request.requestId!
  }
  request[OBSERVED] = true
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER])
  request.requestId = requestId
  if (!res.headersSent) {
    res.setHeader(REQUEST_ID_HEADER, requestId)
  }
  const startedAt = process.hrtime.bigint()
  res.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9
    recordHttpRequest(req.method, routePattern(req), res.statusCode, seconds)
  })
  return requestId
}

/**
 * Global middleware: request id, metrics, and the rest of the request run with the id in context
 * so log lines carry it. It only adds a header and a timer: no I/O.
 */
export function operationsMiddleware(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): void {
  const requestId = observeRequest(req, res)
  if (req.scope) {
    const configModule = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    applyDatabaseAcquireTimeout(
      req.scope,
      operationsOptionsFrom(configModule).database_acquire_timeout_ms
    )
  }
  runWithRequestId(requestId, next)
}
