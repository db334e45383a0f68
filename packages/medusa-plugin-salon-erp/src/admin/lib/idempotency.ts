/**
 * A random key for the `Idempotency-Key` header. `crypto.randomUUID` needs a secure context
 * (https or localhost); `getRandomValues` works on a plain-http LAN address too. The prefix
 * says which screen sent it when the key turns up in the ledger or a log.
 */
export const newIdempotencyKey = (prefix = "admin-booking") => {
  if (typeof crypto.randomUUID === "function" && window.isSecureContext) {
    return `${prefix}-${crypto.randomUUID()}`
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`
}
