import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { purgeOutboxes, relayOutboxEvents } from "../lib/outbox"
import { reliableJob } from "../lib/jobs/reliable-job"

const PURGE_EVERY_MS = 60 * 60 * 1000
let lastPurgeAt = 0

/**
 * The outbox relay (runs in the worker): publishes every salon event whose change committed but
 * whose workflow did not publish it (the process died, or the event bus was down), and deletes
 * published events past their retention (hourly).
 */
async function relayOutboxEventsJob(container: MedusaContainer) {
  const published = await relayOutboxEvents(container)
  const total = Object.values(published).reduce((sum, count) => sum + count, 0)
  if (total) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Outbox relay published ${total} recovered event(s): ${JSON.stringify(published)}`)
  }
  if (Date.now() - lastPurgeAt > PURGE_EVERY_MS) {
    lastPurgeAt = Date.now()
    await purgeOutboxes(container)
  }
  return published
}

export const config = {
  name: "relay-outbox-events",
  schedule: { interval: 2_000 },
}

export default reliableJob(config.name, relayOutboxEventsJob)
