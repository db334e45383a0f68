import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { storeBookingMiddlewares } from "./store/booking-middlewares"
import { storeStoredValueMiddlewares } from "./store/stored-value-middlewares"
import { storePackageMiddlewares } from "./store/package-middlewares"
import { storeFeedbackMiddlewares } from "./store/feedback-middlewares"
import { storeClientMiddlewares } from "./store/client-middlewares"
import { operationsMiddlewares } from "./operations-middlewares"

/**
 * Every capability keeps its route middlewares (validators, query configs, auth) next to its
 * routes and spreads them in here.
 */
export default defineMiddlewares({
  routes: [
    ...operationsMiddlewares,
    ...adminMiddlewares,
    ...storeBookingMiddlewares,
    ...storeStoredValueMiddlewares,
    ...storePackageMiddlewares,
    ...storeFeedbackMiddlewares,
    ...storeClientMiddlewares,
  ],
})
