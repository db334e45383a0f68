import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { findOrderSpendStep } from "../steps/find-order-spend"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type RefundOrderStoredValueWorkflowInput = {
  order_id: string
  /** Omitted: everything the order paid with stored value that is not refunded yet. */
  amount?: string | number | null
  reason?: string | null
  idempotency_key: string
  created_by?: string | null
}

export const refundOrderStoredValueWorkflowId = "refund-order-stored-value"
/**
 * This workflow refunds (part of) what an order paid with stored value back to the member's
 * balance, in the spend's exact principal/bonus split (a return, a goodwill refund).
 */
export const refundOrderStoredValueWorkflow = createWorkflow(
  refundOrderStoredValueWorkflowId,
  (input: RefundOrderStoredValueWorkflowInput) => {
    const spend = findOrderSpendStep({ order_id: input.order_id })
    const move = transform({ input, spend }, ({ input, spend }) => ({
      action: "refund" as const,
      data: {
        idempotency_key: input.idempotency_key,
        operation_id: spend.operation_id,
        amount: input.amount ?? undefined,
        reference_type: "order",
        reference_id: input.order_id,
        reason: input.reason ?? "Order refund",
        created_by: input.created_by,
        event_context: { order_id: input.order_id },
      },
    }))
    const result = moveStoredValueStep(move)
    const aggregates = transform({ result }, ({ result }) => [result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
