import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAppointmentMiddlewares } from "./admin/appointments/middlewares"
import { adminBranchMiddlewares } from "./admin/branches/middlewares"
import { adminRoomMiddlewares } from "./admin/rooms/middlewares"
import { adminSalonServiceMiddlewares } from "./admin/salon-services/middlewares"
import { adminStaffMemberMiddlewares } from "./admin/staff-members/middlewares"
import { storeBookingMiddlewares } from "./store/booking-middlewares"
import { adminRechargePlanMiddlewares } from "./admin/recharge-plans/middlewares"
import { adminStoredValueMiddlewares } from "./admin/stored-value/middlewares"
import { storeStoredValueMiddlewares } from "./store/stored-value-middlewares"
import { adminServicePackageMiddlewares } from "./admin/service-package-middlewares"
import { storePackageMiddlewares } from "./store/package-middlewares"
import { adminComplaintCategoryMiddlewares } from "./admin/complaint-categories/middlewares"
import { adminComplaintMiddlewares } from "./admin/complaints/middlewares"
import { adminSatisfactionMiddlewares } from "./admin/satisfaction/middlewares"
import { storeFeedbackMiddlewares } from "./store/feedback-middlewares"
import { adminCommissionMiddlewares } from "./admin/commission-middlewares"
import { adminClientMiddlewares } from "./admin/client-middlewares"
import { storeClientMiddlewares } from "./store/client-middlewares"
import { adminClientPrivacyMiddlewares } from "./admin/client-privacy-middlewares"
import { adminClientImportMiddlewares } from "./admin/client-imports/middlewares"
import { adminSalonOperationsMiddlewares } from "./admin/salon-operations/middlewares"
import { adminScheduledJobMiddlewares } from "./admin/salon-operations/scheduled-jobs/middlewares"
import { operationsMiddlewares } from "./operations-middlewares"
import { adminCounterRegisterMiddlewares } from "./admin/counter-registers/middlewares"
import { adminCounterShiftMiddlewares } from "./admin/counter-shifts/middlewares"
import { adminCounterSaleMiddlewares } from "./admin/counter-sales/middlewares"
import { adminCounterReportMiddlewares } from "./admin/counter-reports/middlewares"

/**
 * Every capability keeps its route middlewares (validators, query configs, auth) next to its
 * routes and spreads them in here.
 */
export default defineMiddlewares({
  routes: [
    ...operationsMiddlewares,
    ...adminBranchMiddlewares,
    ...adminStaffMemberMiddlewares,
    ...adminRoomMiddlewares,
    ...adminSalonServiceMiddlewares,
    ...adminAppointmentMiddlewares,
    ...storeBookingMiddlewares,
    ...adminStoredValueMiddlewares,
    ...adminRechargePlanMiddlewares,
    ...storeStoredValueMiddlewares,
    ...adminServicePackageMiddlewares,
    ...storePackageMiddlewares,
    ...adminComplaintCategoryMiddlewares,
    ...adminComplaintMiddlewares,
    ...adminSatisfactionMiddlewares,
    ...storeFeedbackMiddlewares,
    ...adminCommissionMiddlewares,
    ...adminClientMiddlewares,
    ...storeClientMiddlewares,
    ...adminClientPrivacyMiddlewares,
    ...adminClientImportMiddlewares,
    ...adminSalonOperationsMiddlewares,
    ...adminScheduledJobMiddlewares,
    ...adminCounterRegisterMiddlewares,
    ...adminCounterShiftMiddlewares,
    ...adminCounterSaleMiddlewares,
    ...adminCounterReportMiddlewares,
  ],
})
