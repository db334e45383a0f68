import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
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
    middlewares: [validateAndTransformBody(AdminCreateCustomFieldDefinition)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-field-definitions/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCustomFieldDefinition)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/client-tags",
    middlewares: [query(AdminGetClientTagsParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-tags",
    middlewares: [validateAndTransformBody(AdminCreateClientTag)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-tags/recompute",
    middlewares: [validateAndTransformBody(AdminRecomputeClientTags)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-tags/:id",
    middlewares: [validateAndTransformBody(AdminUpdateClientTag)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/client-profiles",
    middlewares: [query(AdminGetClientProfilesParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/client-profile",
    middlewares: [validateAndTransformBody(AdminUpsertClientProfile)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/client-tags",
    middlewares: [validateAndTransformBody(AdminAssignCustomerTag)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/treatment-notes",
    middlewares: [query(AdminGetPageParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/customers/:id/treatment-notes",
    middlewares: [validateAndTransformBody(AdminCreateTreatmentNote)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/customers/:id/health-data-access",
    middlewares: [query(AdminGetPageParams)],
  },
]
