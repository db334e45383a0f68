import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { AdjustInput } from "../../../modules/stored-value/types"
import { StoredValueWorkflowEvents } from "../events"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { validateStoredValueCustomerStep } from "../steps/validate-stored-value-customer"
import { storedValueEventData } from "../utils"

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
    when({ result }, ({ result }) => !result.replayed).then(() => {
      const data = transform({ result, input }, ({ result, input }) =>
        storedValueEventData(result, input)
      )
      emitEventStep({ eventName: StoredValueWorkflowEvents.ADJUSTED, data })
    })
    return new WorkflowResponse(result)
  }
)
