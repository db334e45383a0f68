import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminAssignCustomerTag,
  AdminCreateTreatmentNote,
  AdminEraseCustomer,
  AdminGetCustomerDataExportParams,
  AdminGetPageParams,
  AdminUpsertClientProfile,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

/**
 * A customer's client profile, tags, treatment notes, health data access log, data export and
 * erasure. Routes read `req.validatedQuery` and choose their own fields.
 */
export const adminCustomerMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/client-profile",
    middlewares: [validateBody(AdminUpsertClientProfile)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/client-tags",
    middlewares: [validateBody(AdminAssignCustomerTag)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/treatment-notes",
    middlewares: [validateAndTransformQuery(AdminGetPageParams, { isList: false, defaults: [] })],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/treatment-notes",
    middlewares: [validateBody(AdminCreateTreatmentNote)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/health-data-access",
    middlewares: [validateAndTransformQuery(AdminGetPageParams, { isList: false, defaults: [] })],
  },
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
