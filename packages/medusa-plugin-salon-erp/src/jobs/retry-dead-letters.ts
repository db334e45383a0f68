import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  describeHandlerError,
  registeredSubscriber,
  registeredSubscriberIds,
} from "../lib/reliable-subscriber"
import { OPERATIONS_MODULE_KEY } from "../modules/operations/lib/constants"
import type OperationsModuleService from "../modules/operations/service"
import { reliableJob } from "../lib/jobs/reliable-job"

/**
 * Runs due dead letters again through their subscriber's handler (one try each): a success
 * resolves the dead letter, a failure schedules the next attempt by the backoff, or makes it dead
 * after the sixth. Each attempt is claimed first, so two workers never run the same one; only
 * dead letters of handlers this process has are taken.
 */
async function retryDeadLetters(container: MedusaContainer) {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const operations: OperationsModuleService = container.resolve(OPERATIONS_MODULE_KEY)
  const due = await operations.listDueDeadLetters(new Date(), registeredSubscriberIds())
  const outcome = { resolved: 0, failed: 0 }
  for (const { id } of due) {
    const deadLetter = await operations.markDeadLetterRetrying(id)
    const registered = deadLetter && registeredSubscriber(deadLetter.subscriber_id)
    if (!deadLetter || !registered) {
      continue
    }
    try {
      await registered.handler({
        event: {
          name: deadLetter.event_name,
          data: deadLetter.event_data,
          metadata: deadLetter.event_metadata ?? undefined,
        },
        container,
        pluginOptions: registered.pluginOptions,
      })
    } catch (error) {
      const failed = await operations.markDeadLetterFailedAgain(id, describeHandlerError(error))
      outcome.failed++
      logger.warn(
        `Dead letter ${id} (${deadLetter.subscriber_id} on ${deadLetter.event_name}) failed attempt ${failed.attempts}: ${
          failed.status === "dead" ? "now dead, replay it from the admin" : "retrying later"
        }`
      )
      continue
    }
    await operations.markDeadLetterResolved(id)
    outcome.resolved++
  }
  if (outcome.resolved || outcome.failed) {
    logger.info(`Dead letter retry: ${outcome.resolved} resolved, ${outcome.failed} failed again`)
  }
  return outcome
}

export const config = {
  name: "retry-dead-letters",
  schedule: { interval: 30_000 },
}

export default reliableJob(config.name, retryDeadLetters)
