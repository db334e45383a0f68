import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type OutboxModule, publishOutbox } from "../../../lib/outbox"

export type PublishOutboxEventsStepInput = {
  module: OutboxModule
  /** The aggregates this workflow changed: their pending events go out now, in commit order. */
  aggregate_ids: (string | null | undefined)[]
}

export const publishOutboxEventsStepId = "publish-outbox-events"
/**
 * This step publishes the events a workflow's change staged in its module's outbox. It never
 * fails the workflow (the change is committed): what it cannot publish, the relay job does.
 */
export const publishOutboxEventsStep = createStep(
  publishOutboxEventsStepId,
  async (input: PublishOutboxEventsStepInput, { container }) => {
    const aggregateIds = [...new Set(input.aggregate_ids.filter((id): id is string => !!id))]
    if (!aggregateIds.length) {
      return new StepResponse({ published: 0 })
    }
    try {
      const published = await publishOutbox(container, input.module, {
        aggregate_ids: aggregateIds,
      })
      return new StepResponse({ published })
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Publishing ${input.module} events failed; the outbox relay will retry: ${(error as Error).message}`
        )
      return new StepResponse({ published: 0 })
    }
  }
)
