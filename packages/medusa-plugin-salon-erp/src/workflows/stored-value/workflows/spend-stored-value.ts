import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { SpendInput } from "../../../modules/stored-value/types"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { validateStoredValueCustomerStep } from "../steps/validate-stored-value-customer"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const spendStoredValueWorkflowId = "spend-stored-value"
/**
 * This workflow charges a member's stored value (at the counter: an appointment, a sale, a
 * package) and emits `stored_value.spent`. It never overdraws; a replayed key charges nothing.
 */
export const spendStoredValueWorkflow = createWorkflow(
  spendStoredValueWorkflowId,
  (input: SpendInput) => {
    // No customer lookup: the member's account is found under lock by the spend itself, and a
    // refused spend names a missing customer (404) then.
    validateStoredValueCustomerStep({
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id,
    })
    const move = transform({ input }, ({ input }) => ({ action: "spend" as const, data: input }))
    const result = moveStoredValueStep(move)
    const aggregates = transform({ result }, ({ result }) => [result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
