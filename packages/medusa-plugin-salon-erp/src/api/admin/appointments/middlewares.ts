import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { SetPackageReservation } from "./[id]/package-reservations/validators"
import { adminAppointmentQueryConfig } from "./query-config"
import {
  AdminCreateAppointment,
  AdminGetAppointmentParams,
  AdminGetAppointmentsParams,
  CancelAppointment,
  EmptyBody,
  RescheduleAppointment,
} from "./validators"
import { validateBody } from "../../utils/validate-body"

const retrieve = validateAndTransformQuery(
  AdminGetAppointmentParams,
  adminAppointmentQueryConfig.retrieve
)

export const adminAppointmentMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/appointments",
    middlewares: [
      validateAndTransformQuery(AdminGetAppointmentsParams, adminAppointmentQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/appointments",
    middlewares: [validateBody(AdminCreateAppointment), retrieve],
  },
  { methods: ["GET"], matcher: "/admin/appointments/:id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/admin/appointments/:id/reschedule",
    middlewares: [validateBody(RescheduleAppointment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/admin/appointments/:id/cancel",
    middlewares: [validateBody(CancelAppointment), retrieve],
  },
  ...["confirm", "check-in", "start", "complete", "no-show"].map((action): MiddlewareRoute => ({
    methods: ["POST"],
    matcher: `/admin/appointments/:id/${action}`,
    middlewares: [validateBody(EmptyBody), retrieve],
  })),
  {
    methods: ["POST"],
    matcher: "/admin/appointments/:id/package-reservations",
    middlewares: [validateBody(SetPackageReservation)],
  },
]
