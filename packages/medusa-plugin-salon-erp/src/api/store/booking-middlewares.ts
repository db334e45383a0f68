import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AvailabilityParams, CancelAppointment } from "../admin/appointments/validators"
import {
  storeAppointmentQueryConfig,
  storeBranchQueryConfig,
  storeSalonServiceQueryConfig,
  storeStaffMemberQueryConfig,
} from "./booking-query-config"
import {
  StoreCreateAppointment,
  StoreCreateAppointmentHold,
  StoreGetAppointmentParams,
  StoreGetAppointmentsParams,
  StoreGetBranchesParams,
  StoreGetSalonServicesParams,
  StoreGetStaffMembersParams,
  StoreRescheduleAppointment,
} from "./booking-validators"
import { validateBody } from "../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])
const retrieve = validateAndTransformQuery(
  StoreGetAppointmentParams,
  storeAppointmentQueryConfig.retrieve
)

export const storeBookingMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/branches",
    middlewares: [validateAndTransformQuery(StoreGetBranchesParams, storeBranchQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/store/salon-services",
    middlewares: [
      validateAndTransformQuery(StoreGetSalonServicesParams, storeSalonServiceQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/staff-members",
    middlewares: [
      validateAndTransformQuery(StoreGetStaffMembersParams, storeStaffMemberQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/availability",
    middlewares: [validateAndTransformQuery(AvailabilityParams, { isList: false, defaults: [] })],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/appointments",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetAppointmentsParams, storeAppointmentQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/appointments",
    middlewares: [customer, validateBody(StoreCreateAppointment), retrieve],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/appointments/:id",
    middlewares: [customer, retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/appointments/:id/cancel",
    middlewares: [customer, validateBody(CancelAppointment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/appointments/:id/reschedule",
    middlewares: [customer, validateBody(StoreRescheduleAppointment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/appointment-holds",
    middlewares: [customer, validateBody(StoreCreateAppointmentHold)],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/customers/me/appointment-holds/:id",
    middlewares: [customer],
  },
]
