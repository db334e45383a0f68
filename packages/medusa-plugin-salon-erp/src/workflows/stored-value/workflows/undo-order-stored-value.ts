import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { undoOrderStoredValueStep } from "../steps/undo-order-stored-value"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const undoOrderStoredValueWorkflowId = "undo-order-stored-value"
/**
 * This workflow gives back the stored value a canceled order spent (exact split) and takes back
 * top-ups it bought, then emits `stored_value.refunded` / `stored_value.reversed`.
 */
export const undoOrderStoredValueWorkflow = createWorkflow(
  undoOrderStoredValueWorkflowId,
  (input: { order_id: string; reason?: string | null; created_by?: string | null }) => {
    const events = undoOrderStoredValueStep(input)
    const aggregates = transform({ events }, ({ events }) => events.map((e) => e.data.account_id))
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(events)
  }
)
