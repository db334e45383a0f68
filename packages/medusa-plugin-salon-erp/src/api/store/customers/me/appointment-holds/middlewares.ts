import { type MiddlewareRoute, authenticate } from "@medusajs/framework/http"
import { StoreCreateAppointmentHold } from "./validators"
import { validateBody } from "../../../../utils/validate-body"

const customer = authenticate("customer", ["session", "bearer"])

export const storeAppointmentHoldMiddlewares: MiddlewareRoute[] = [
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
