import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { ReverseInput } from "../../../modules/stored-value/types"
import { StoredValueWorkflowEvents } from "../events"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { storedValueEventData } from "../utils"

export const reverseStoredValueOperationWorkflowId = "reverse-stored-value-operation"
/**
 * This workflow undoes a top-up, spend, refund or adjustment entirely with reversing entries and
 * emits `stored_value.reversed`.
 */
export const reverseStoredValueOperationWorkflow = createWorkflow(
  reverseStoredValueOperationWorkflowId,
  (input: ReverseInput) => {
    const move = transform({ input }, ({ input }) => ({ action: "reverse" as const, data: input }))
    const result = moveStoredValueStep(move)
    when({ result }, ({ result }) => !result.replayed).then(() => {
      const data = transform({ result, input }, ({ result, input }) =>
        storedValueEventData(result, { ...input, target_operation_id: input.operation_id })
      )
      emitEventStep({ eventName: StoredValueWorkflowEvents.REVERSED, data })
    })
    return new WorkflowResponse(result)
  }
)
