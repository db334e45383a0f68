import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundCounterSaleWorkflow } from "../../../../../workflows/counter/workflows/refund-counter-sale"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import { idempotencyKeyOrRandom } from "../../../../utils/idempotency"
import type { AdminCounterSaleResponse } from "../../../../../types/counter/sales"
import { refetchCounterSale } from "../../helpers"
import type { AdminRefundCounterSaleType } from "../../validators"

/**
 * Refunds chosen lines of a sale (all units of a line when quantity is omitted): 201 with the sale
 * as it is after, or 200 when the idempotency key was already used for this refund.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminRefundCounterSaleType>,
    res: MedusaResponse<AdminCounterSaleResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await refundCounterSaleWorkflow(req.scope).run({
      input: {
        sale_id: req.params.id,
        kind: "refund",
        idempotency_key: idempotencyKeyOrRandom(req, body, "counter-refund"),
        lines: body.lines,
        reason: body.reason,
        staff_member_id: body.staff_member_id,
        shift_id: body.shift_id ?? null,
        created_by: req.auth_context.actor_id,
      },
    })
    res
      .status(result.replayed ? 200 : 201)
      .json({ counter_sale: await refetchCounterSale(req.scope, req.params.id) })
  }
)
