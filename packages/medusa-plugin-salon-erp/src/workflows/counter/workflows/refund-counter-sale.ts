import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"
import { claimCounterRefundStep } from "../steps/claim-counter-refund"
import { completeCounterRefundStep } from "../steps/complete-counter-refund"
import { planCounterRefundStep } from "../steps/plan-counter-refund"
import { refundCounterPaymentsStep } from "../steps/refund-counter-payments"
import {
  refundCounterStoredValueStep,
  restockCounterRefundStep,
  returnCounterSessionsStep,
} from "../steps/refund-counter-ledgers"
import type { RefundCounterSaleInput } from "../../../lib/counter/refund-plan"

export type RefundCounterSaleWorkflowInput = RefundCounterSaleInput

export const refundCounterSaleWorkflowId = "refund-counter-sale"
/**
 * This workflow refunds chosen lines of a counter sale, or voids all of it, reversing exactly what
 * the sale created for them: each tender's share back (stored value to principal and bonus in the
 * spend's ratio, card and other tenders as Medusa refunds marked to pay back, cash out of the open
 * shift's drawer), package sessions back to the package, retail back on the shelf; commissions are
 * taken back from the `counter.sale_refunded` event. Refunds of one sale run one at a time (a lock
 * on the sale) and are idempotent by key.
 */
export const refundCounterSaleWorkflow = createWorkflow(
  refundCounterSaleWorkflowId,
  (input: RefundCounterSaleWorkflowInput) => {
    acquireLockStep({
      key: transform({ input }, ({ input }) => `counter-sale:${input.sale_id}`),
      timeout: 30,
      ttl: 120,
    })
    const claim = claimCounterRefundStep(input)
    const refunded = when(
      "counter-refund-not-replayed",
      { claim },
      ({ claim }) => !claim.replayed
    ).then(() => {
      const plan = planCounterRefundStep(
        transform({ input, claim }, ({ input, claim }) => ({
          ...input,
          refund_id: claim.refund_id,
        }))
      )
      restockCounterRefundStep({ plan })
      const storedValue = refundCounterStoredValueStep({ plan })
      const packageIds = returnCounterSessionsStep({ plan })
      const payments = refundCounterPaymentsStep({ plan })
      completeCounterRefundStep({ plan, payments, stored_value: storedValue })
      return { plan, storedValue, packageIds }
    })
    when("counter-refund-done", { refunded }, ({ refunded }) => !!refunded).then(() => {
      publishOutboxEventsStep({
        module: "counter",
        aggregate_ids: transform({ refunded }, ({ refunded }) => [refunded!.plan.sale_id]),
      }).config({ name: "publish-counter-refund-events" })
      publishOutboxEventsStep({
        module: "stored_value",
        aggregate_ids: transform({ refunded }, ({ refunded }) => [
          refunded!.storedValue?.account_id,
        ]),
      }).config({ name: "publish-stored-value-refund-events" })
      publishOutboxEventsStep({
        module: "service_package",
        aggregate_ids: transform({ refunded }, ({ refunded }) => refunded!.packageIds),
      }).config({ name: "publish-service-package-refund-events" })
    })
    releaseLockStep({
      key: transform({ input }, ({ input }) => `counter-sale:${input.sale_id}`),
    })
    return new WorkflowResponse(
      transform({ claim }, ({ claim }) => ({
        refund_id: claim.refund_id,
        replayed: claim.replayed,
      }))
    )
  }
)
