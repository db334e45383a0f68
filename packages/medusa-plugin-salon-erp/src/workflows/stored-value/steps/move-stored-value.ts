import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import type {
  AdjustInput,
  OperationResult,
  RefundInput,
  ReverseInput,
  SpendInput,
  TopUpInput,
} from "../../../modules/stored-value/types"

export type MoveStoredValueStepInput =
  | { action: "top_up"; data: TopUpInput }
  | { action: "spend"; data: SpendInput }
  | { action: "refund"; data: RefundInput }
  | { action: "reverse"; data: ReverseInput }
  | { action: "adjust"; data: AdjustInput }

export const moveStoredValueStepId = "move-stored-value"
/**
 * This step moves stored value (top-up, spend, refund, reversal or adjustment) as one ledger
 * operation. A replayed idempotency key moves nothing and returns the first result. If the
 * workflow fails later, compensation writes reversing entries (nothing is deleted) and frees the
 * key, so a retry of the failed request moves the value again, once.
 */
export const moveStoredValueStep = createStep(
  moveStoredValueStepId,
  async (input: MoveStoredValueStepInput, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    let result: OperationResult
    switch (input.action) {
      case "top_up":
        result = await service.topUp(input.data)
        break
      case "spend":
        result = await service.spend(input.data).catch(async (error) => {
          // The account lookup stands in for a customer check; only a refused spend asks why.
          await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.data.customer_id, {
            select: ["id"],
          })
          throw error
        })
        break
      case "refund":
        result = await service.refund(input.data)
        break
      case "reverse":
        result = await service.reverse(input.data)
        break
      case "adjust":
        result = await service.adjust(input.data)
        break
    }
    // Only what this run moved is undone on failure; a replay moved nothing.
    return new StepResponse(result, result.replayed ? undefined : result.operation_id)
  },
  async (operationId, { container }) => {
    if (!operationId) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await service.compensate(operationId, {
      reason: "Workflow failed after this operation; reversed",
    })
  }
)
