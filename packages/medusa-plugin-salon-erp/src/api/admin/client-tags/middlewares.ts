import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateClientTag,
  AdminGetClientTagsParams,
  AdminRebuildClientFacts,
  AdminRecomputeClientTags,
  AdminUpdateClientTag,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

export const adminClientTagMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/client-tags",
    middlewares: [
      validateAndTransformQuery(AdminGetClientTagsParams, { isList: false, defaults: [] }),
    ],
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
    matcher: "/admin/client-tags/rebuild-facts",
    middlewares: [validateBody(AdminRebuildClientFacts)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-tags/:id",
    middlewares: [validateBody(AdminUpdateClientTag)],
  },
]
