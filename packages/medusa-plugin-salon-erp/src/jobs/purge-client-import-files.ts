import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../modules/client"
import type ClientModuleService from "../modules/client/service"
import { reliableJob } from "../lib/jobs/reliable-job"

/** Every night: deletes the stored files of client imports checked but never run (health data). */
async function purgeClientImportFilesJob(container: MedusaContainer) {
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  const retentionDays = (await client.getClientSettings()).import_file_retention_days
  const purged = await client.purgeClientImportFiles(retentionDays)
  if (purged) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Deleted the files of ${purged} client imports not run within ${retentionDays} days`)
  }
}

export const config = { name: "purge-client-import-files", schedule: "30 3 * * *" }

export default reliableJob(config.name, purgeClientImportFilesJob)
