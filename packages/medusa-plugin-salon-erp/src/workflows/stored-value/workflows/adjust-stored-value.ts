import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { AdjustInput } from "../../../modules/stored-value/types"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { validateStoredValueCustomerStep } from "../steps/validate-stored-value-customer"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export const adjustStoredValueWorkflowId = "adjust-stored-value"
/**
 * This workflow records a manager's correction (signed principal and bonus, with a reason) and
 * emits `stored_value.adjusted`.
 */
export const adjustStoredValueWorkflow = createWorkflow(
  adjustStoredValueWorkflowId,
  (input: AdjustInput) => {
    validateStoredValueCustomerStep({
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id,
      amounts: [
        { field: "principal_amount", value: input.principal_amount },
        { field: "bonus_amount", value: input.bonus_amount },
      ],
    })
    const move = transform({ input }, ({ input }) => ({ action: "adjust" as const, data: input }))
    const result = moveStoredValueStep(move)
    const aggregates = transform({ result }, ({ result }) => [result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result)
  }
)
