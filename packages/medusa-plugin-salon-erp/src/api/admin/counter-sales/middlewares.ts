import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { adminCounterSaleFields } from "./helpers"
import {
  AdminCreateCounterSale,
  AdminGetCounterSalesParams,
  AdminRefundCounterSale,
  AdminVoidCounterSale,
} from "./validators"

/** Counter sales: submit, read, refund, void. */
export const adminCounterSaleMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/counter-sales",
    middlewares: [
      validateAndTransformQuery(AdminGetCounterSalesParams, {
        defaults: adminCounterSaleFields,
        isList: true,
      }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-sales",
    middlewares: [validateBody(AdminCreateCounterSale)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-sales/:id/refunds",
    middlewares: [validateBody(AdminRefundCounterSale)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/counter-sales/:id/void",
    middlewares: [validateBody(AdminVoidCounterSale)],
  },
]
