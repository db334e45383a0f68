import type { MiddlewareRoute } from "@medusajs/framework/http"
import { adminAppointmentMiddlewares } from "./appointments/middlewares"
import { adminAvailabilityMiddlewares } from "./availability/middlewares"
import { adminBranchMiddlewares } from "./branches/middlewares"
import { adminClientFieldDefinitionMiddlewares } from "./client-field-definitions/middlewares"
import { adminClientImportMiddlewares } from "./client-imports/middlewares"
import { adminClientProfileMiddlewares } from "./client-profiles/middlewares"
import { adminClientTagMiddlewares } from "./client-tags/middlewares"
import { adminCommissionAttributionMiddlewares } from "./commission-attributions/middlewares"
import { adminCommissionEntryMiddlewares } from "./commission-entries/middlewares"
import { adminCommissionRuleMiddlewares } from "./commission-rules/middlewares"
import { adminCommissionSourceMiddlewares } from "./commission-sources/middlewares"
import { adminCommissionStatementMiddlewares } from "./commission-statements/middlewares"
import { adminComplaintCategoryMiddlewares } from "./complaint-categories/middlewares"
import { adminComplaintMiddlewares } from "./complaints/middlewares"
import { adminCounterRegisterMiddlewares } from "./counter-registers/middlewares"
import { adminCounterReportMiddlewares } from "./counter-reports/middlewares"
import { adminCounterSaleMiddlewares } from "./counter-sales/middlewares"
import { adminCounterShiftMiddlewares } from "./counter-shifts/middlewares"
import { adminCustomerMiddlewares } from "./customers/middlewares"
import { adminOrderMiddlewares } from "./orders/middlewares"
import { adminPackageTemplateMiddlewares } from "./package-templates/middlewares"
import { adminRechargePlanMiddlewares } from "./recharge-plans/middlewares"
import { adminRoomMiddlewares } from "./rooms/middlewares"
import { adminSalonOperationsMiddlewares } from "./salon-operations/middlewares"
import { adminSalonServiceMiddlewares } from "./salon-services/middlewares"
import { adminSatisfactionMiddlewares } from "./satisfaction/middlewares"
import { adminServicePackageMiddlewares } from "./service-packages/middlewares"
import { adminStaffMemberMiddlewares } from "./staff-members/middlewares"
import { adminStaffPerformanceMiddlewares } from "./staff-performance/middlewares"
import { adminStoredValueMiddlewares } from "./stored-value/middlewares"

/**
 * Every admin resource's middlewares (validators, query configs), kept next to its routes. Medusa
 * requires the admin session for every /admin route before these run.
 */
export const adminMiddlewares: MiddlewareRoute[] = [
  ...adminAppointmentMiddlewares,
  ...adminAvailabilityMiddlewares,
  ...adminBranchMiddlewares,
  ...adminClientFieldDefinitionMiddlewares,
  ...adminClientImportMiddlewares,
  ...adminClientProfileMiddlewares,
  ...adminClientTagMiddlewares,
  ...adminCommissionAttributionMiddlewares,
  ...adminCommissionEntryMiddlewares,
  ...adminCommissionRuleMiddlewares,
  ...adminCommissionSourceMiddlewares,
  ...adminCommissionStatementMiddlewares,
  ...adminComplaintCategoryMiddlewares,
  ...adminComplaintMiddlewares,
  ...adminCounterRegisterMiddlewares,
  ...adminCounterReportMiddlewares,
  ...adminCounterSaleMiddlewares,
  ...adminCounterShiftMiddlewares,
  ...adminCustomerMiddlewares,
  ...adminOrderMiddlewares,
  ...adminPackageTemplateMiddlewares,
  ...adminRechargePlanMiddlewares,
  ...adminRoomMiddlewares,
  ...adminSalonOperationsMiddlewares,
  ...adminSalonServiceMiddlewares,
  ...adminSatisfactionMiddlewares,
  ...adminServicePackageMiddlewares,
  ...adminStaffMemberMiddlewares,
  ...adminStaffPerformanceMiddlewares,
  ...adminStoredValueMiddlewares,
]
