import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { CloseCounterShiftInput } from "../../../modules/counter/types"
import { closeCounterShiftStep } from "../steps/close-counter-shift"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type CloseCounterShiftWorkflowInput = CloseCounterShiftInput

export const closeCounterShiftWorkflowId = "close-counter-shift"
/**
 * This workflow cashes up a shift: freezes expected cash, counted cash and the difference, and
 * emits `counter.shift_closed`.
 */
export const closeCounterShiftWorkflow = createWorkflow(
  closeCounterShiftWorkflowId,
  (input: CloseCounterShiftWorkflowInput) => {
    const result = closeCounterShiftStep(input)
    const aggregates = transform({ result }, ({ result }) => [result.shift_id])
    publishOutboxEventsStep({ module: "counter", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
