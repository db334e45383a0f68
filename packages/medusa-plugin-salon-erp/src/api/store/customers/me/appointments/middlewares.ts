import {
  type MiddlewareRoute,
  authenticate,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { SetPackageReservation } from "../../../../admin/appointments/[id]/package-reservations/validators"
import { CancelAppointment } from "../../../../admin/appointments/validators"
import { storeAppointmentQueryConfig } from "./query-config"
import {
  StoreCreateAppointment,
  StoreGetAppointmentParams,
  StoreGetAppointmentsParams,
  StoreRescheduleAppointment,
} from "./validators"
import { validateBody } from "../../../../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])
const retrieve = validateAndTransformQuery(
  StoreGetAppointmentParams,
  storeAppointmentQueryConfig.retrieve
)

/** The logged-in customer's own appointments, and the package each one uses. */
export const storeAppointmentMiddlewares: MiddlewareRoute[] = [
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
    methods: ["GET"],
    matcher: "/store/customers/me/appointments/:id/package",
    middlewares: [customer],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/appointments/:id/package",
    middlewares: [customer, validateBody(SetPackageReservation)],
  },
]
