import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { submitCounterSaleWorkflow } from "../../../workflows/counter/workflows/submit-counter-sale"
import { withConflictMessages } from "../../utils/conflict-messages"
import { idempotencyKeyOrRandom } from "../../utils/idempotency"
import type {
  AdminCounterSaleListResponse,
  AdminCounterSaleResponse,
} from "../../../types/counter/sales"
import { describeCounterSales, refetchCounterSale } from "./helpers"
import type { AdminCreateCounterSaleType } from "./validators"

/** Counter sales, newest first; filter by shift, branch, client, order, business day or status. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCounterSaleListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "counter_sale",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    counter_sales: await describeCounterSales(req.scope, data),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
}

/**
 * Rings up a counter sale: one Medusa order paid by the tenders, which must add up to its total.
 * 201 with the sale; 200 with the first sale when the idempotency key was already used for this
 * request (a double click or a retry: nothing moves twice). Send an `Idempotency-Key` per sale.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminCreateCounterSaleType>,
    res: MedusaResponse<AdminCounterSaleResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await submitCounterSaleWorkflow(req.scope).run({
      input: {
        idempotency_key: idempotencyKeyOrRandom(req, body, "counter-sale"),
        shift_id: body.shift_id,
        customer_id: body.customer_id ?? null,
        lines: body.lines,
        tenders: body.tenders,
        promo_codes: body.promo_codes,
        manual_discount: body.manual_discount ?? null,
        created_by: req.auth_context.actor_id,
      },
    })
    res
      .status(result.replayed ? 200 : 201)
      .json({ counter_sale: await refetchCounterSale(req.scope, result.sale_id) })
  }
)
