import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { adminAppointmentQueryConfig } from "./query-config"
import {
  AdminCreateAppointment,
  AdminGetAppointmentParams,
  AdminGetAppointmentsParams,
  AvailabilityParams,
  CancelAppointment,
  EmptyBody,
  RescheduleAppointment,
} from "./validators"

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
    middlewares: [validateAndTransformBody(AdminCreateAppointment), retrieve],
  },
  { methods: ["GET"], matcher: "/admin/appointments/:id", middlewares: [retrieve] },
  {
    methods: ["POST"],
    matcher: "/admin/appointments/:id/reschedule",
    middlewares: [validateAndTransformBody(RescheduleAppointment), retrieve],
  },
  {
    methods: ["POST"],
    matcher: "/admin/appointments/:id/cancel",
    middlewares: [validateAndTransformBody(CancelAppointment), retrieve],
  },
  ...["confirm", "check-in", "start", "complete", "no-show"].map((action): MiddlewareRoute => ({
    methods: ["POST"],
    matcher: `/admin/appointments/:id/${action}`,
    middlewares: [validateAndTransformBody(EmptyBody), retrieve],
  })),
  {
    methods: ["GET"],
    matcher: "/admin/availability",
    middlewares: [validateAndTransformQuery(AvailabilityParams, { isList: false, defaults: [] })],
  },
]
