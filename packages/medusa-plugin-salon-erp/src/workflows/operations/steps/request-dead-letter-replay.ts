import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { DeadLetterRow } from "../../../modules/operations"
import { OPERATIONS_MODULE_KEY } from "../../../modules/operations/lib/constants"
import type OperationsModuleService from "../../../modules/operations/service"

export type RequestDeadLetterReplayStepInput = {
  id: string
  /** The admin user asking for the replay. */
  actor_id: string
}

export const requestDeadLetterReplayStepId = "request-dead-letter-replay"
/**
 * This step makes a dead or waiting dead letter due now, for the retry job's next pass.
 * Compensation puts back its status and schedule unless an attempt has claimed it since.
 */
export const requestDeadLetterReplayStep = createStep(
  requestDeadLetterReplayStepId,
  async ({ id, actor_id }: RequestDeadLetterReplayStepInput, { container }) => {
    const operations: OperationsModuleService = container.resolve(OPERATIONS_MODULE_KEY)
    const { previous, dead_letter } = await operations.requestReplay(id, actor_id)
    return new StepResponse(dead_letter, previous as DeadLetterRow | undefined)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const operations: OperationsModuleService = container.resolve(OPERATIONS_MODULE_KEY)
    await operations.revertReplay(previous)
  }
)
