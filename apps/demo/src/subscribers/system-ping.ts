import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const SYSTEM_PING_EVENT = "system.ping"

export type SystemPingPong = { received_by_pid: number; worker_mode: string; received_at: string }

/** Cache key under which the handler of a `system.ping` records that it ran. */
export const systemPingCacheKey = (id: string) => `system-ping:${id}`

/**
 * Answers `system.ping` by recording, in the cache module, which process handled it. With
 * REDIS_URL set both the event and the answer travel through Redis, so `npm run check:redis`
 * can prove that an event published by one process reaches a subscriber in another.
 */
export default async function systemPingHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const cache = container.resolve(Modules.CACHE)
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const pong: SystemPingPong = {
    received_by_pid: process.pid,
    worker_mode: config.projectConfig.workerMode ?? "shared",
    received_at: new Date().toISOString(),
  }
  await cache.set(systemPingCacheKey(event.data.id), pong, 300)
}

export const config: SubscriberConfig = {
  event: SYSTEM_PING_EVENT,
  context: { subscriberId: "system-ping-recorder" },
}
