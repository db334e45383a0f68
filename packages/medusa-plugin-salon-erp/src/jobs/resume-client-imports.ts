import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_MODULE } from "../modules/client"
import type ClientModuleService from "../modules/client/service"
import { IMPORT_STALE_AFTER_SECONDS, runClientImport } from "../lib/client/import/run-client-import"
import { reliableJob } from "../lib/jobs/reliable-job"

/** Every minute: resumes client imports whose worker stopped (a restart) from their last chunk. */
async function resumeClientImportsJob(container: MedusaContainer) {
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  for (const id of await client.listStalledClientImports(IMPORT_STALE_AFTER_SECONDS)) {
    await runClientImport(container, id)
  }
}

export const config = { name: "resume-client-imports", schedule: "* * * * *" }

export default reliableJob(config.name, resumeClientImportsJob)
