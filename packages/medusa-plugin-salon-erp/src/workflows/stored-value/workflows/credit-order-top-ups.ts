import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, when } from "@medusajs/framework/workflows-sdk"
import { StoredValueWorkflowEvents } from "../events"
import { creditOrderTopUpsStep } from "../steps/credit-order-top-ups"

export const creditOrderTopUpsWorkflowId = "credit-order-top-ups"
/**
 * This workflow credits the top-ups bought in a placed order, once per order line, and emits
 * `stored_value.topped_up` for each.
 */
export const creditOrderTopUpsWorkflow = createWorkflow(
  creditOrderTopUpsWorkflowId,
  (input: { order_id: string }) => {
    const events = creditOrderTopUpsStep(input)
    when({ events }, ({ events }) => events.length > 0).then(() => {
      emitEventStep({ eventName: StoredValueWorkflowEvents.TOPPED_UP, data: events })
    })
    return new WorkflowResponse(events)
  }
)
