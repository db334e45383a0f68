import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateClientImport,
  AdminGetClientImportIssuesParams,
  AdminGetClientImportsParams,
  AdminRunClientImport,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const query = (schema: Parameters<typeof validateAndTransformQuery>[0]) =>
  validateAndTransformQuery(schema, { isList: false, defaults: [] })

/** Client imports (the admin session is required for every /admin route). */
export const adminClientImportMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/client-imports",
    // The file travels as text in the JSON body; escaping quotes and line breaks can nearly
    // double a 50 MB file.
    bodyParser: { sizeLimit: "110mb" },
    middlewares: [validateBody(AdminCreateClientImport)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/client-imports",
    middlewares: [query(AdminGetClientImportsParams)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/client-imports/:id/run",
    middlewares: [validateBody(AdminRunClientImport)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/client-imports/:id/issues",
    middlewares: [query(AdminGetClientImportIssuesParams)],
  },
]
