import { createHash } from "crypto"

/** Stable JSON (sorted keys) so equal parameters always hash the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (value && typeof value === "object") {
    return `{${Object.keys(value as Record<string, unknown>)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

/** The hash of an operation's defining parameters, stored with its idempotency key. */
export const fingerprintOf = (type: string, params: Record<string, unknown>) =>
  createHash("sha256")
    .update(stableJson({ type, ...params }))
    .digest("hex")
