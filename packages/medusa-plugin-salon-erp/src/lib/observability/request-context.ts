import { AsyncLocalStorage } from "node:async_hooks"
import { randomUUID } from "node:crypto"
import type { Logger } from "@medusajs/framework/types"

export const REQUEST_ID_HEADER = "x-request-id"

export type RequestContext = { requestId: string }

/**
 * One store per process, kept on globalThis: the app's medusa-config.ts (logger) and the plugin's
 * middlewares may load this file through different paths, and both must see the same requests.
 */
const STORAGE_KEY = Symbol.for("medusa-plugin-salon-erp.request-context")
const globalSlots = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext>>
const storage = (globalSlots[STORAGE_KEY] ??= new AsyncLocalStorage<RequestContext>())

/** A request id from a client or proxy is reused only when it is short and plain. */
const VALID_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

export function isValidRequestId(value: unknown): value is string {
  return typeof value === "string" && VALID_REQUEST_ID.test(value)
}

/** The incoming `x-request-id` when it is valid, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header
  return isValidRequestId(value) ? value : randomUUID()
}

/** Runs `fn` (the rest of the request) with the request id available to every log line. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn)
}

/** The id of the request the current code runs for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId
}

function tagged(message: unknown): unknown {
  const requestId = currentRequestId()
  if (!requestId) {
    return message
  }
  if (typeof message === "string") {
    return `[request_id=${requestId}] ${message}`
  }
  return message
}

const MESSAGE_FIRST = new Set(["silly", "debug", "verbose", "http", "info", "warn"])
const MESSAGE_SECOND = new Set(["progress", "failure", "success"])

/**
 * Wraps Medusa's logger so that each line written while a request is handled starts with
 * `[request_id=<id>]`. Give it to the app as `logger` in medusa-config.ts (Medusa registers that
 * logger for the whole app), e.g. `logger: withRequestIds(logger)`.
 */
export function withRequestIds(logger: Logger): Logger {
  return new Proxy(logger, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== "function" || typeof property !== "string") {
        return value
      }
      if (MESSAGE_FIRST.has(property)) {
        return (message: unknown, ...rest: unknown[]) =>
          value.call(target, tagged(message), ...rest)
      }
      if (MESSAGE_SECOND.has(property)) {
        return (activityId: unknown, message: unknown, ...rest: unknown[]) =>
          value.call(target, activityId, tagged(message), ...rest)
      }
      if (property === "error") {
        return (messageOrError: unknown, error?: unknown) => {
          const requestId = currentRequestId()
          // Medusa's logger takes (error) or (message, error); keep the error object, add the id.
          if (requestId && messageOrError instanceof Error && error === undefined) {
            return value.call(target, `[request_id=${requestId}]`, messageOrError)
          }
          return value.call(target, tagged(messageOrError), error)
        }
      }
      if (property === "log") {
        return (...args: unknown[]) =>
          args.length === 1 ? value.call(target, tagged(args[0])) : value.apply(target, args)
      }
      return value.bind(target)
    },
  })
}
