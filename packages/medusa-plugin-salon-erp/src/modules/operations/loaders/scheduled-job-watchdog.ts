import type { ConfigModule, LoaderOptions, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { startScheduledJobWatchdog } from "../../../lib/jobs/scheduled-job-watchdog"
import { redisScheduleStoreOf } from "../../../lib/jobs/workflow-engine-schedules"

/**
 * Starts the scheduled-job watchdog in processes that run jobs (worker or shared) on the Redis
 * workflow engine. A module loader is Medusa's documented start-up hook for a plugin; a scheduled
 * job cannot do it, since it is what goes missing. The in-memory engine keeps its schedules in the
 * process, so nothing can go missing there, and a server process runs no jobs.
 */
export default async function scheduledJobWatchdogLoader({ container }: LoaderOptions) {
  const configModule: ConfigModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  if (configModule.projectConfig.workerMode === "server") {
    return
  }
  const store = redisScheduleStoreOf(configModule)
  if (!store) {
    return
  }
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  startScheduledJobWatchdog({ store, logger })
}
