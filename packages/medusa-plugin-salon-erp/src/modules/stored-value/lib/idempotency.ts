import type { KeyedOperation, OperationRequest } from "../types"
import * as errors from "./errors"

/** JSON with sorted keys: Postgres jsonb does not keep the order the keys were written in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`
  }
  return JSON.stringify(value)
}

/** Signals that the idempotency key already exists: the caller answers with the first result. */
export class KeyAlreadyUsed extends Error {}

/** The key of the reversal that undoes an operation whose workflow failed. */
export const compensationKey = (operationId: string) => `compensate:${operationId}`

/** The key a request's retry goes under once the operation `undoneId` was compensated. */
export const keyAfterUndone = (key: string, undoneId: string) => `${key}:after:${undoneId}`

/** True when the operation under a key was written by the same request (kind and parameters). */
export function isSameRequest(existing: KeyedOperation, request: OperationRequest): boolean {
  return (
    existing.kind === request.kind &&
    stableJson(existing.fingerprint) === stableJson(request.fingerprint)
  )
}

/** Refuses a key already used for another request. */
export function assertSameRequest(existing: KeyedOperation, request: OperationRequest): void {
  if (!isSameRequest(existing, request)) {
    throw errors.keyReused(request.idempotency_key, existing.kind, stableJson(existing.fingerprint))
  }
}
