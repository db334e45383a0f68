import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminEraseCustomer, AdminGetCustomerDataExportParams } from "./client-privacy-validators"
import { validateBody } from "../utils/validate-body"

/** Client privacy: a customer's data export and erasure (admin session required). */
export const adminClientPrivacyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/data-export",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomerDataExportParams, { isList: false, defaults: [] }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/erase",
    middlewares: [validateBody(AdminEraseCustomer)],
  },
]
