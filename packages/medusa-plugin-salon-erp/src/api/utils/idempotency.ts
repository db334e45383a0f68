import type { MedusaRequest } from "@medusajs/framework/http"

/** The request's idempotency key: the `Idempotency-Key` header, else the body's `idempotency_key`. */
export function idempotencyKeyOf(
  req: MedusaRequest,
  body?: { idempotency_key?: string | null }
): string | null {
  const header = req.headers["idempotency-key"]
  const value = Array.isArray(header) ? header[0] : header
  return value?.trim() || body?.idempotency_key || null
}
