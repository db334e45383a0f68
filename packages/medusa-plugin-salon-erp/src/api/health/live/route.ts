import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Liveness: the process runs and serves HTTP. No dependency is checked (see /health/ready). */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.status(200).json({ status: "ok" })
}

export const AUTHENTICATE = false
