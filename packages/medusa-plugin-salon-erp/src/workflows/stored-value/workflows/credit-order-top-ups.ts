import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { creditOrderTopUpsStep } from "../steps/credit-order-top-ups"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const creditOrderTopUpsWorkflowId = "credit-order-top-ups"
/**
 * This workflow credits the top-ups bought in a placed order, once per order line, and emits
 * `stored_value.topped_up` for each.
 */
export const creditOrderTopUpsWorkflow = createWorkflow(
  creditOrderTopUpsWorkflowId,
  (input: { order_id: string }) => {
    const events = creditOrderTopUpsStep(input)
    const aggregates = transform({ events }, ({ events }) =>
      events.map((event) => event.account_id)
    )
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(events)
  }
)
