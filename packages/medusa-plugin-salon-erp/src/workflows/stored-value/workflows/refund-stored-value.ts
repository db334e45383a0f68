import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { RefundInput } from "../../../modules/stored-value/types"
import { StoredValueWorkflowEvents } from "../events"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { storedValueEventData } from "../utils"

export const refundStoredValueWorkflowId = "refund-stored-value"
/**
 * This workflow credits back (part of) a spend in exactly the spend's principal/bonus split and
 * emits `stored_value.refunded`.
 */
export const refundStoredValueWorkflow = createWorkflow(
  refundStoredValueWorkflowId,
  (input: RefundInput) => {
    const move = transform({ input }, ({ input }) => ({ action: "refund" as const, data: input }))
    const result = moveStoredValueStep(move)
    when({ result }, ({ result }) => !result.replayed).then(() => {
      const data = transform({ result, input }, ({ result, input }) =>
        storedValueEventData(result, { ...input, target_operation_id: input.operation_id })
      )
      emitEventStep({ eventName: StoredValueWorkflowEvents.REFUNDED, data })
    })
    return new WorkflowResponse(result)
  }
)
