import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  errorHandler,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler, except that a conflict keeps its message: core replaces every 409
 * message with a generic one, while ours name the staff member, room, time or balance involved,
 * which is what the person retrying needs to know.
 */
export function salonErrorHandler() {
  const coreHandler = errorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (
      MedusaError.isMedusaError(error) &&
      error.type === MedusaError.Types.CONFLICT &&
      error.message
    ) {
      req.scope?.resolve(ContainerRegistrationKeys.LOGGER).info(error.message)
      res.status(409).json({
        type: MedusaError.Types.CONFLICT,
        code: "invalid_state_error",
        message: error.message,
      })
      return
    }
    return coreHandler(error as Error, req, res, next)
  }
}
