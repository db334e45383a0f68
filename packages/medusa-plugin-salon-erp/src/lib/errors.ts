import { MedusaError } from "@medusajs/framework/utils"

/**
 * A 409 whose message reaches the client. Medusa's error handler replaces the message of every
 * `conflict` MedusaError with a generic one, but keeps the message of an HTTP error (an error with
 * `status`, `statusCode` and `expose`, the convention Express and http-errors share). Ours name
 * the staff member, room, time or balance involved, which is what the person retrying needs, so
 * they carry those fields instead of replacing the store's own error handler.
 */
export function conflictError(message: string): MedusaError {
  return Object.assign(new MedusaError(MedusaError.Types.CONFLICT, message), {
    status: 409,
    statusCode: 409,
    expose: true,
  })
}
