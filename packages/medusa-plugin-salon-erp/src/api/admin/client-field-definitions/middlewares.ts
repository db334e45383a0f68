import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateCustomFieldDefinition,
  AdminGetCustomFieldDefinitionsParams,
  AdminUpdateCustomFieldDefinition,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminClientFieldDefinitionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/client-field-definitions",
    middlewares: [
      validateAndTransformQuery(AdminGetCustomFieldDefinitionsParams, {
        isList: false,
        defaults: [],
      }),
    ],
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
]
