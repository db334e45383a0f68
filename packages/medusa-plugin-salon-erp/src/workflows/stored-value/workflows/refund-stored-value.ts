import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { RefundInput } from "../../../modules/stored-value/types"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const refundStoredValueWorkflowId = "refund-stored-value"
/**
 * This workflow credits back (part of) a spend in exactly the spend's principal/bonus split and
 * emits `stored_value.refunded`.
 */
export const refundStoredValueWorkflow = createWorkflow(
  refundStoredValueWorkflowId,
  (input: RefundInput) => {
    const move = transform({ input }, ({ input }) => ({ action: "refund" as const, data: input }))
    const result = moveStoredValueStep(move)
    const aggregates = transform({ result }, ({ result }) => [result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
