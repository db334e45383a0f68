import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { RecordCounterCashEntryInput } from "../../../modules/counter/types"
import { recordCounterCashEntryStep } from "../steps/record-counter-cash-entry"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type RecordCounterCashEntryWorkflowInput = RecordCounterCashEntryInput

export const recordCounterCashEntryWorkflowId = "record-counter-cash-entry"
/**
 * This workflow records money paid into or out of an open shift's drawer and emits
 * `counter.cash_entry_recorded` (not on a replayed idempotency key).
 */
export const recordCounterCashEntryWorkflow = createWorkflow(
  recordCounterCashEntryWorkflowId,
  (input: RecordCounterCashEntryWorkflowInput) => {
    const result = recordCounterCashEntryStep(input)
    const aggregates = transform({ result }, ({ result }) => [result.shift_id])
    publishOutboxEventsStep({ module: "counter", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
