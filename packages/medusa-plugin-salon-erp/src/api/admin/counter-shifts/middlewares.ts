import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { adminCounterShiftQueryConfig } from "./query-config"
import {
  AdminCloseCounterShift,
  AdminGetCounterShiftsParams,
  AdminRecordCounterCashEntry,
  AdminRecordCounterShiftCorrection,
} from "./validators"

/** Shifts, their cash entries, cash-up and corrections. */
export const adminCounterShiftMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/counter-shifts",
    middlewares: [
      validateAndTransformQuery(AdminGetCounterShiftsParams, adminCounterShiftQueryConfig.list),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-shifts/:id/cash-entries",
    middlewares: [validateBody(AdminRecordCounterCashEntry)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-shifts/:id/close",
    middlewares: [validateBody(AdminCloseCounterShift)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-shifts/:id/corrections",
    middlewares: [validateBody(AdminRecordCounterShiftCorrection)],
  },
]
