import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  SYSTEM_PING_EVENT,
  systemPingCacheKey,
  type SystemPingPong,
} from "../subscribers/system-ping"

/**
 * Publishes `system.ping` and waits until some process's subscriber has answered it.
 * Run by scripts/check-redis.mjs in `server` mode while a separate `worker` process runs.
 */
export default async function checkEventBus({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const cache = container.resolve(Modules.CACHE)
  const timeoutMs = Number(process.env.CHECK_EVENT_BUS_TIMEOUT_MS || 30000)

  const id = `${Date.now()}-${process.pid}`
  const startedAt = Date.now()
  await eventBus.emit({ name: SYSTEM_PING_EVENT, data: { id } })
  logger.info(
    `published ${SYSTEM_PING_EVENT} ${id} from pid ${process.pid} (${config.projectConfig.workerMode} mode)`
  )

  while (Date.now() - startedAt < timeoutMs) {
    const pong = await cache.get<SystemPingPong>(systemPingCacheKey(id))
    if (pong) {
      const crossProcess = pong.received_by_pid !== process.pid
      logger.info(
        `${SYSTEM_PING_EVENT} ${id} handled by pid ${pong.received_by_pid} (${pong.worker_mode} mode) ` +
          `after ${Date.now() - startedAt} ms${crossProcess ? ": crossed processes" : ""}`
      )
      if (!crossProcess && process.env.CHECK_EVENT_BUS_REQUIRE_OTHER_PROCESS === "true") {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          "the ping was handled in the publishing process"
        )
      }
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `no subscriber handled ${SYSTEM_PING_EVENT} ${id} within ${timeoutMs} ms`
  )
}
