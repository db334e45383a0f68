import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { RecordCounterShiftCorrectionInput } from "../../../modules/counter/types"
import { recordCounterShiftCorrectionStep } from "../steps/record-counter-shift-correction"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type RecordCounterShiftCorrectionWorkflowInput = RecordCounterShiftCorrectionInput

export const recordCounterShiftCorrectionWorkflowId = "record-counter-shift-correction"
/**
 * This workflow records a correction on a closed shift (its close figures stay frozen) and emits
 * `counter.cash_entry_recorded` (not on a replayed idempotency key).
 */
export const recordCounterShiftCorrectionWorkflow = createWorkflow(
  recordCounterShiftCorrectionWorkflowId,
  (input: RecordCounterShiftCorrectionWorkflowInput) => {
    const result = recordCounterShiftCorrectionStep(input)
    const aggregates = transform({ result }, ({ result }) => [result.shift_id])
    publishOutboxEventsStep({ module: "counter", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
