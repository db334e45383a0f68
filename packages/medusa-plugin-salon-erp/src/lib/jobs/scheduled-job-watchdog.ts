import type { Logger } from "@medusajs/framework/types"
import { reRegisterMissingPluginJobs, type RedisScheduleStore } from "./workflow-engine-schedules"

/** How often a worker checks that the engine still holds the plugin's scheduled jobs. */
export const WATCHDOG_INTERVAL_MS = 30_000

type Watchdog = { check: () => Promise<string[]>; stop: () => void }

let running: Watchdog | null = null

/**
 * Checks every `intervalMs` that the Redis workflow engine still holds the plugin's scheduled
 * jobs and schedules the missing ones again. One per process. The timer is unref'd and no
 * connection stays open between checks, so it never holds a process open at shutdown (a module
 * loader has no shutdown hook to stop it from).
 */
export function startScheduledJobWatchdog({
  store,
  logger,
  intervalMs = WATCHDOG_INTERVAL_MS,
}: {
  store: RedisScheduleStore
  logger: Logger
  intervalMs?: number
}): Watchdog {
  if (running) {
    return running
  }
  let checking: Promise<string[]> | null = null
  let unreachable = false
  const checkOnce = async () => {
    try {
      const names = await reRegisterMissingPluginJobs(store)
      if (names.length) {
        logger.warn(
          `Scheduled jobs missing from the workflow engine's Redis (restarted without persistence or flushed) were registered again: ${names.join(", ")}`
        )
      }
      if (unreachable) {
        logger.info("Scheduled job watchdog reaches the workflow engine's Redis again")
        unreachable = false
      }
      return names
    } catch (error) {
      if (!unreachable) {
        logger.warn(
          `Scheduled job watchdog cannot check the workflow engine's Redis (will retry every ${intervalMs / 1000} s): ${(error as Error).message}`
        )
        unreachable = true
      }
      return []
    }
  }
  const check = () => {
    checking ??= checkOnce().finally(() => {
      checking = null
    })
    return checking
  }
  const timer = setInterval(() => void check(), intervalMs)
  timer.unref()
  running = {
    check,
    stop: () => {
      clearInterval(timer)
      running = null
    },
  }
  return running
}

/** Stops this process's watchdog, if one runs. */
export function stopScheduledJobWatchdog(): void {
  running?.stop()
}
