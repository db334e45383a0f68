import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeAvailabilityMiddlewares } from "./availability/middlewares"
import { storeBranchMiddlewares } from "./branches/middlewares"
import { storeCartMiddlewares } from "./carts/middlewares"
import { storeAppointmentHoldMiddlewares } from "./customers/me/appointment-holds/middlewares"
import { storeAppointmentMiddlewares } from "./customers/me/appointments/middlewares"
import { storeClientProfileMiddlewares } from "./customers/me/client-profile/middlewares"
import { storeComplaintMiddlewares } from "./customers/me/complaints/middlewares"
import { storePackageMiddlewares } from "./customers/me/packages/middlewares"
import { storeStoredValueMiddlewares } from "./customers/me/stored-value/middlewares"
import { storeSurveyMiddlewares } from "./customers/me/surveys/middlewares"
import { storeRechargePlanMiddlewares } from "./recharge-plans/middlewares"
import { storeSalonServiceMiddlewares } from "./salon-services/middlewares"
import { storeStaffMemberMiddlewares } from "./staff-members/middlewares"

/**
 * Every store resource's middlewares, kept next to its routes. Routes under /store/customers/me
 * and the cart's stored value authenticate the customer themselves.
 */
export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeAvailabilityMiddlewares,
  ...storeBranchMiddlewares,
  ...storeCartMiddlewares,
  ...storeAppointmentHoldMiddlewares,
  ...storeAppointmentMiddlewares,
  ...storeClientProfileMiddlewares,
  ...storeComplaintMiddlewares,
  ...storePackageMiddlewares,
  ...storeStoredValueMiddlewares,
  ...storeSurveyMiddlewares,
  ...storeRechargePlanMiddlewares,
  ...storeSalonServiceMiddlewares,
  ...storeStaffMemberMiddlewares,
]
