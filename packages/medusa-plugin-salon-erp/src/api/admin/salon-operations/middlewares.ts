import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminDeadLetterMiddlewares } from "./dead-letters/middlewares"
import { adminJobRunMiddlewares } from "./job-runs/middlewares"
import { adminScheduledJobMiddlewares } from "./scheduled-jobs/middlewares"

/**
 * The salon operations resources: dead letters of failed event handlers, job runs and the
 * scheduled jobs check.
 */
export const adminSalonOperationsMiddlewares: MiddlewareRoute[] = [
  ...adminDeadLetterMiddlewares,
  ...adminJobRunMiddlewares,
  ...adminScheduledJobMiddlewares,
]
