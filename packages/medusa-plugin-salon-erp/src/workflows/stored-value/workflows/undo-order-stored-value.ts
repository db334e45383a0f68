import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { StoredValueWorkflowEvents } from "../events"
import { undoOrderStoredValueStep } from "../steps/undo-order-stored-value"

export const undoOrderStoredValueWorkflowId = "undo-order-stored-value"
/**
 * This workflow gives back the stored value a canceled order spent (exact split) and takes back
 * top-ups it bought, then emits `stored_value.refunded` / `stored_value.reversed`.
 */
export const undoOrderStoredValueWorkflow = createWorkflow(
  undoOrderStoredValueWorkflowId,
  (input: { order_id: string; reason?: string | null; created_by?: string | null }) => {
    const events = undoOrderStoredValueStep(input)
    const refunded = transform({ events }, ({ events }) =>
      events.filter((e) => e.name === StoredValueWorkflowEvents.REFUNDED).map((e) => e.data)
    )
    const reversed = transform({ events }, ({ events }) =>
      events.filter((e) => e.name === StoredValueWorkflowEvents.REVERSED).map((e) => e.data)
    )
    when({ refunded }, ({ refunded }) => refunded.length > 0).then(() => {
      emitEventStep({ eventName: StoredValueWorkflowEvents.REFUNDED, data: refunded })
    })
    when({ reversed }, ({ reversed }) => reversed.length > 0).then(() => {
      emitEventStep({ eventName: StoredValueWorkflowEvents.REVERSED, data: reversed }).config({
        name: "emit-reversed",
      })
    })
    return new WorkflowResponse(events)
  }
)
