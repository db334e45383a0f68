import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundCounterSaleWorkflow } from "../../../../../workflows/counter/workflows/refund-counter-sale"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import { idempotencyKeyOrRandom } from "../../../../utils/idempotency"
import type { AdminCounterSaleResponse } from "../../../../../types/counter/sales"
import { refetchCounterSale } from "../../helpers"
import type { AdminVoidCounterSaleType } from "../../validators"

/** Voids a sale: everything not refunded yet goes back. 201 with the sale; 200 on a replayed key. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<AdminVoidCounterSaleType>,
    res: MedusaResponse<AdminCounterSaleResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await refundCounterSaleWorkflow(req.scope).run({
      input: {
        sale_id: req.params.id,
        kind: "void",
        idempotency_key: idempotencyKeyOrRandom(req, body, "counter-void"),
        lines: [],
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
