import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminAssignCustomerTag,
  AdminCreateClientTag,
  AdminCreateCustomFieldDefinition,
  AdminCreateTreatmentNote,
  AdminGetClientProfilesParams,
  AdminGetClientTagsParams,
  AdminGetCustomFieldDefinitionsParams,
  AdminGetPageParams,
  AdminRecomputeClientTags,
  AdminUpdateClientTag,
  AdminUpdateCustomFieldDefinition,
  AdminUpsertClientProfile,
} from "./client-validators"
import { validateBody } from "../utils/validate-body"

/** Routes read `req.validatedQuery` and choose their own fields (lists never carry health data). */
const query = (schema: Parameters<typeof validateAndTransformQuery>[0]) =>
  validateAndTransformQuery(schema, { isList: false, defaults: [] })

/** Client profiles: admin routes (the admin session is required for every /admin route). */
export const adminClientMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/client-field-definitions",
    middlewares: [query(AdminGetCustomFieldDefinitionsParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-field-definitions",
    middlewares: [validateBody(AdminCreateCustomFieldDefinition)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-field-definitions/:id",
    middlewares: [validateBody(AdminUpdateCustomFieldDefinition)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/client-tags",
    middlewares: [query(AdminGetClientTagsParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-tags",
    middlewares: [validateBody(AdminCreateClientTag)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-tags/recompute",
    middlewares: [validateBody(AdminRecomputeClientTags)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-tags/:id",
    middlewares: [validateBody(AdminUpdateClientTag)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/client-profiles",
    middlewares: [query(AdminGetClientProfilesParams)],
  },
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
    middlewares: [query(AdminGetPageParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/treatment-notes",
    middlewares: [validateBody(AdminCreateTreatmentNote)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/health-data-access",
    middlewares: [query(AdminGetPageParams)],
  },
]
