import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { OpenCounterShiftInput } from "../../../modules/counter/types"
import { openCounterShiftStep } from "../steps/open-counter-shift"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type OpenCounterShiftWorkflowInput = OpenCounterShiftInput

export const openCounterShiftWorkflowId = "open-counter-shift"
/**
 * This workflow opens a shift on a register with its opening float and emits
 * `counter.shift_opened` (not on a replayed idempotency key).
 */
export const openCounterShiftWorkflow = createWorkflow(
  openCounterShiftWorkflowId,
  (input: OpenCounterShiftWorkflowInput) => {
    const result = openCounterShiftStep(input)
    const aggregates = transform({ result }, ({ result }) => [result.shift_id])
    publishOutboxEventsStep({ module: "counter", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
