import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import {
  type RequestDeadLetterReplayStepInput,
  requestDeadLetterReplayStep,
} from "../steps/request-dead-letter-replay"

export const replayDeadLetterWorkflowId = "replay-dead-letter"
/**
 * This workflow replays a dead letter: it becomes due now, and the worker's retry job (every
 * 30 s) runs its handler again; a success records the admin as `resolved_by`.
 */
export const replayDeadLetterWorkflow = createWorkflow(
  replayDeadLetterWorkflowId,
  (input: RequestDeadLetterReplayStepInput) => {
    return new WorkflowResponse(requestDeadLetterReplayStep(input))
  }
)
