import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminDeadLetterMiddlewares } from "./dead-letters/middlewares"
import { adminJobRunMiddlewares } from "./job-runs/middlewares"

/** The salon operations resources: dead letters of failed event handlers and job runs. */
export const adminSalonOperationsMiddlewares: MiddlewareRoute[] = [
  ...adminDeadLetterMiddlewares,
  ...adminJobRunMiddlewares,
]
