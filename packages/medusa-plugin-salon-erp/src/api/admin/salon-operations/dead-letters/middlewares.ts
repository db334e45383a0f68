import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-body"
import { AdminGetDeadLettersParams, AdminReplayDeadLetter } from "./validators"

const query = (schema: Parameters<typeof validateAndTransformQuery>[0]) =>
  validateAndTransformQuery(schema, { isList: false, defaults: [] })

/** Dead letters (the admin session is required for every /admin route). */
export const adminDeadLetterMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/salon-operations/dead-letters",
    middlewares: [query(AdminGetDeadLettersParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/salon-operations/dead-letters/:id/replay",
    middlewares: [validateBody(AdminReplayDeadLetter)],
  },
]
