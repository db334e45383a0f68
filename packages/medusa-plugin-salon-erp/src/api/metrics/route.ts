import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { collectGauges } from "../../lib/observability/gauges"
import { renderMetrics } from "../../lib/observability/metrics"
import { operationsOptionsFrom } from "../../lib/observability/options"

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Prometheus metrics of this process. Needs `Authorization: Bearer <operations.metrics_token>`;
 * without a token configured the endpoint does not exist (404).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const configModule = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const options = operationsOptionsFrom(configModule)
  if (!options.metrics_token) {
    res.status(404).json({ type: "not_found", message: "Cannot GET /metrics" })
    return
  }
  const [scheme, token] = (req.headers.authorization ?? "").split(" ")
  if (scheme?.toLowerCase() !== "bearer" || !token || !sameToken(token, options.metrics_token)) {
    res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"')
    res
      .status(401)
      .json({ type: "unauthorized", message: "A valid metrics bearer token is required" })
    return
  }
  const gauges = await collectGauges(req.scope, options.ready_check_timeout_ms)
  res.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(renderMetrics(gauges))
}

export const AUTHENTICATE = false
