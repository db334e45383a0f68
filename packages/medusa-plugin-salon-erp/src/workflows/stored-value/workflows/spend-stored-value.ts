import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { SpendInput } from "../../../modules/stored-value/types"
import { StoredValueWorkflowEvents } from "../events"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { validateStoredValueCustomerStep } from "../steps/validate-stored-value-customer"
import { storedValueEventData } from "../utils"

export const spendStoredValueWorkflowId = "spend-stored-value"
/**
 * This workflow charges a member's stored value (at the counter: an appointment, a sale, a
 * package) and emits `stored_value.spent`. It never overdraws; a replayed key charges nothing.
 */
export const spendStoredValueWorkflow = createWorkflow(
  spendStoredValueWorkflowId,
  (input: SpendInput) => {
    validateStoredValueCustomerStep({
      customer_id: input.customer_id,
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id,
    })
    const move = transform({ input }, ({ input }) => ({ action: "spend" as const, data: input }))
    const result = moveStoredValueStep(move)
    when({ result }, ({ result }) => !result.replayed).then(() => {
      const data = transform({ result, input }, ({ result, input }) =>
        storedValueEventData(result, input)
      )
      emitEventStep({ eventName: StoredValueWorkflowEvents.SPENT, data })
    })
    return new WorkflowResponse(result)
  }
)
