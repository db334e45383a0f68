import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { ReverseInput } from "../../../modules/stored-value/types"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const reverseStoredValueOperationWorkflowId = "reverse-stored-value-operation"
/**
 * This workflow undoes a top-up, spend, refund or adjustment entirely with reversing entries and
 * emits `stored_value.reversed`.
 */
export const reverseStoredValueOperationWorkflow = createWorkflow(
  reverseStoredValueOperationWorkflowId,
  (input: ReverseInput) => {
    const move = transform({ input }, ({ input }) => ({ action: "reverse" as const, data: input }))
    const result = moveStoredValueStep(move)
    const aggregates = transform({ result }, ({ result }) => [result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
