import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import type { CloseInput } from "../../../modules/stored-value/types"

export const closeStoredValueAccountStepId = "close-stored-value-account"
/**
 * This step closes a stored value account: unspent principal back to the member, bonus
 * forfeited. It is the last thing its workflow does, so it has nothing to undo.
 */
export const closeStoredValueAccountStep = createStep(
  closeStoredValueAccountStepId,
  async (input: CloseInput, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    return new StepResponse(await service.closeAccount(input))
  }
)
