import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { expireStoredValueBonusStep } from "../steps/expire-stored-value-bonus"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const expireStoredValueBonusWorkflowId = "expire-stored-value-bonus"
/**
 * This workflow expires what is left of an account's bonus lots past their date, once, and emits
 * `stored_value.bonus_expired`.
 */
export const expireStoredValueBonusWorkflow = createWorkflow(
  expireStoredValueBonusWorkflowId,
  (input: { account_id: string; now?: string }) => {
    const result = expireStoredValueBonusStep(input)
    const aggregates = transform({ result }, ({ result }) => [result?.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
