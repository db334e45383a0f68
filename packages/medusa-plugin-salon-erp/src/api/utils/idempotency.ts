import { randomUUID } from "node:crypto"
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

/**
 * The request's idempotency key, else a new random one. A key built from the clock would merge
 * two requests made in the same millisecond (two top-ups of 10 credited once); a client that may
 * retry must send its own key, since a retry without one moves value again.
 */
export function idempotencyKeyOrRandom(
  req: MedusaRequest,
  body: { idempotency_key?: string | null } | undefined,
  label: string
): string {
  return idempotencyKeyOf(req, body) ?? `${label}:${randomUUID()}`
}
