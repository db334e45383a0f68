import { defineMiddlewares, errorHandler } from "@medusajs/framework/http"
import { withOperationalErrors } from "medusa-plugin-salon-erp/operations"

/**
 * The app's own middlewares file. Medusa merges the routes of every plugin's and the app's
 * middlewares files; the error handler is one for the whole app, the last one defined (the app's,
 * loaded after the plugins). Here it stays Medusa's, wrapped so that an exhausted database pool or
 * an unreachable database answers 503 with Retry-After instead of 500.
 */
export default defineMiddlewares({
  errorHandler: withOperationalErrors(errorHandler()),
  routes: [],
})
