import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { operationsOptionsFrom } from "../../../lib/observability/options"
import { checkReadiness } from "../../../lib/observability/readiness"

/**
 * Readiness: 200 when the database and Redis answer, no plugin migration is pending and salon
 * events are published in time; 503 otherwise. The body lists every check either way.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const configModule = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const readiness = await checkReadiness(req.scope, operationsOptionsFrom(configModule))
  res.setHeader("Cache-Control", "no-store")
  res.status(readiness.status === "ready" ? 200 : 503).json(readiness)
}

export const AUTHENTICATE = false
