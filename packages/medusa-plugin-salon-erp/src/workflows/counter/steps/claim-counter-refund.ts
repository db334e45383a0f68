import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import { fingerprintOf } from "../../../modules/counter/lib/fingerprint"
import type { RefundCounterSaleInput } from "../../../lib/counter/refund-plan"
import { localDate } from "./claim-counter-sale"

export const claimCounterRefundStepId = "claim-counter-refund"
/**
 * This step claims a refund's idempotency key, like a sale's: a replay answers with the refund
 * already made and nothing moves twice. Compensation marks the claim failed.
 */
export const claimCounterRefundStep = createStep(
  claimCounterRefundStepId,
  async (input: RefundCounterSaleInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [sale] = await counter.listCounterSales({ id: input.sale_id })
    if (!sale) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Counter sale with id: ${input.sale_id} was not found`
      )
    }
    const {
      data: [branch],
    } = await query.graph({
      entity: "branch",
      fields: ["id", "timezone"],
      filters: { id: sale.branch_id },
    })
    const claim = await counter.claimRefund({
      sale_id: sale.id,
      idempotency_key: input.idempotency_key,
      fingerprint: fingerprintOf({
        action: `counter_${input.kind}`,
        sale_id: sale.id,
        lines: input.lines.map((line) => ({
          line_id: line.line_id,
          quantity: line.quantity ?? null,
        })),
        reason: input.reason,
        staff_member_id: input.staff_member_id,
        shift_id: input.shift_id ?? null,
      }),
      kind: input.kind,
      reason: input.reason,
      staff_member_id: input.staff_member_id,
      created_by: input.created_by,
      shift_id: input.shift_id ?? null,
      branch_id: sale.branch_id,
      business_date: localDate(new Date(), branch?.timezone ?? "UTC"),
    })
    return new StepResponse(claim, claim.replayed ? null : claim.refund_id)
  },
  async (refundId, { container }) => {
    if (!refundId) return
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    await counter.failRefund(
      refundId,
      "The refund was rolled back: see the error returned to the request"
    )
  }
)
