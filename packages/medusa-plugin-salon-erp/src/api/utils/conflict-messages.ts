import { MedusaError } from "@medusajs/framework/utils"
import { conflictError } from "../../lib/errors"

type RouteHandler<Req, Res> = (req: Req, res: Res) => Promise<unknown>

function isConflict(error: unknown): error is { message: string } {
  return (
    !!error &&
    typeof error === "object" &&
    (error as { type?: unknown }).type === MedusaError.Types.CONFLICT &&
    typeof (error as { message?: unknown }).message === "string"
  )
}

/** Medusa's in-memory locking provider gives up on a busy lock with a plain Error (Redis's is a conflict). */
function isBusyLock(error: unknown): error is { message: string } {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && message.startsWith("Failed to acquire lock for key")
}

/**
 * Wraps a route handler so a conflict keeps its message in the 409 answer. Medusa's error handler
 * replaces every conflict's message with a generic one, except for HTTP errors (see
 * `conflictError`); errors leave workflows as plain objects, so they are turned back into one
 * here rather than by replacing the store's own error handler.
 */
export function withConflictMessages<Req, Res>(
  handler: RouteHandler<Req, Res>
): RouteHandler<Req, Res> {
  return async (req, res) => {
    try {
      return await handler(req, res)
    } catch (error) {
      if (isBusyLock(error)) {
        throw conflictError("Another request is changing this record; try again in a moment")
      }
      throw isConflict(error) ? conflictError(error.message) : error
    }
  }
}
