import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"

export const stageClientErasedEventStepId = "stage-client-erased-event"
/**
 * This step writes `client.erased` to the client module's outbox once the erasure's undoable
 * writes succeeded. Compensation discards it while it is unpublished, so a failed erasure is
 * never announced.
 */
export const stageClientErasedEventStep = createStep(
  stageClientErasedEventStepId,
  async (input: { customer_id: string }, { container }) => {
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const eventId = await client.stageClientErased(input.customer_id)
    return new StepResponse({ event_id: eventId }, eventId)
  },
  async (eventId, { container }) => {
    if (!eventId) {
      return
    }
    await container
      .resolve<ClientModuleService>(CLIENT_MODULE)
      .discardPendingOutboxEvents([eventId])
  }
)
