import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { StoredValueWorkflowEvents } from "../events"
import { expireStoredValueBonusStep } from "../steps/expire-stored-value-bonus"
import { storedValueEventData } from "../utils"

export const expireStoredValueBonusWorkflowId = "expire-stored-value-bonus"
/**
 * This workflow expires what is left of an account's bonus lots past their date, once, and emits
 * `stored_value.bonus_expired`.
 */
export const expireStoredValueBonusWorkflow = createWorkflow(
  expireStoredValueBonusWorkflowId,
  (input: { account_id: string; now?: string }) => {
    const result = expireStoredValueBonusStep(input)
    when({ result }, ({ result }) => !!result).then(() => {
      const data = transform({ result }, ({ result }) =>
        storedValueEventData(result!, {
          reference_type: "bonus_lot",
          reason: "Bonus validity ended",
        })
      )
      emitEventStep({ eventName: StoredValueWorkflowEvents.BONUS_EXPIRED, data })
    })
    return new WorkflowResponse(result)
  }
)
