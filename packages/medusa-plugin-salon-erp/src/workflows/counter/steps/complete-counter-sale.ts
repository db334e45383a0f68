import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { NewCounterSaleLine, NewCounterTender } from "../../../modules/counter/types"
import type { CounterSalePlan } from "../../../lib/counter/sale-plan"
import type { CapturedCounterTender } from "./capture-counter-tenders"
import type { CounterOrderFacts } from "./check-counter-order"
import type { CounterSessionRedemption } from "./redeem-counter-sessions"
import type { CounterStoredValueDebit } from "./spend-counter-stored-value"

export type CompleteCounterSaleStepInput = {
  plan: CounterSalePlan
  order: CounterOrderFacts
  sessions: CounterSessionRedemption[]
  stored_value: CounterStoredValueDebit
  captured: CapturedCounterTender[]
}

export const completeCounterSaleStepId = "complete-counter-sale"
/**
 * This step records the sale as completed, in one transaction under the shift's lock: its order,
 * lines (each with its order line, staff member, and package session), tenders (each with its
 * payment), the cash kept into the drawer, and `counter.sale_completed`. A shift closed while the
 * sale ran refuses it, and the workflow undoes the payments and the order.
 *
 * No compensation: it is the last step that can fail.
 */
export const completeCounterSaleStep = createStep(
  completeCounterSaleStepId,
  async (input: CompleteCounterSaleStepInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const { plan, order } = input
    const lines: NewCounterSaleLine[] = order.lines.map(({ position, ...line }) => {
      const session = input.sessions.find((candidate) => candidate.position === position)
      return {
        ...line,
        package_id: session?.package_id ?? line.package_id,
        package_item_id: session?.package_item_id ?? line.package_item_id,
        package_entry_id: session?.entry_id ?? null,
        session_value: session?.session_value ?? null,
      }
    })
    const tenders: NewCounterTender[] = plan.tenders.map((tender, index) => {
      const storedValue = tender.kind === "stored_value" ? input.stored_value : null
      return {
        kind: tender.kind,
        amount: tender.amount,
        tendered: tender.tendered,
        change: tender.change,
        reference: tender.reference,
        payment_id: input.captured[index]?.payment_id ?? null,
        stored_value_operation_id: storedValue?.operation_id ?? null,
        principal_amount: storedValue?.principal_amount ?? null,
        bonus_amount: storedValue?.bonus_amount ?? null,
      }
    })
    const result = await counter.completeSale({
      sale_id: plan.sale_id,
      order_id: order.order_id,
      order_display_id: order.order_display_id,
      total: order.total,
      discount_total: order.discount_total,
      manual_discount_total: plan.manual_discount?.amount ?? "0",
      manual_discount_reason: plan.manual_discount?.reason ?? null,
      lines,
      tenders,
      completed_at: plan.sold_at ?? null,
    })
    return new StepResponse(result)
  }
)
