import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { CloseInput } from "../../../modules/stored-value/types"
import { closeStoredValueAccountStep } from "../steps/close-stored-value-account"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const closeStoredValueAccountWorkflowId = "close-stored-value-account"
/**
 * This workflow cancels a membership card (退卡): it refunds the unspent principal, forfeits the
 * bonus, closes the account and emits `stored_value.account_closed`.
 */
export const closeStoredValueAccountWorkflow = createWorkflow(
  closeStoredValueAccountWorkflowId,
  (input: CloseInput) => {
    const result = closeStoredValueAccountStep(input)
    const aggregates = transform({ result }, ({ result }) => [result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
