import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { CloseInput } from "../../../modules/stored-value/types"
import { StoredValueWorkflowEvents } from "../events"
import { closeStoredValueAccountStep } from "../steps/close-stored-value-account"
import { storedValueEventData } from "../utils"

export const closeStoredValueAccountWorkflowId = "close-stored-value-account"
/**
 * This workflow cancels a membership card (退卡): it refunds the unspent principal, forfeits the
 * bonus, closes the account and emits `stored_value.account_closed`.
 */
export const closeStoredValueAccountWorkflow = createWorkflow(
  closeStoredValueAccountWorkflowId,
  (input: CloseInput) => {
    const result = closeStoredValueAccountStep(input)
    when({ result }, ({ result }) => !result.replayed).then(() => {
      const data = transform({ result, input }, ({ result, input }) => ({
        ...storedValueEventData(result, input),
        principal_refunded: result.entries[0]?.principal_amount.replace("-", "") ?? "0",
        bonus_forfeited: (result.entries[1]?.bonus_amount ?? "0").replace("-", ""),
      }))
      emitEventStep({ eventName: StoredValueWorkflowEvents.ACCOUNT_CLOSED, data })
    })
    return new WorkflowResponse(result)
  }
)
