import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_PACKAGE_MODULE } from "../modules/service-package"
import type ServicePackageModuleService from "../modules/service-package/service"
import { expireServicePackageWorkflow } from "../workflows/service-package/workflows/expire-service-package"
import { reliableJob } from "../lib/jobs/reliable-job"

const BATCH = 500
const MAX_BATCHES = 20

/**
 * Expires packages past their validity: their unreserved remaining sessions are forfeited by
 * ledger entries. Running twice, or on two workers at once, forfeits nothing twice.
 */
async function expireServicePackagesJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
  let expired = 0
  let failed = 0
  const failedIds = new Set<string>()
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = (await packages.listPackagesDueForExpiry(BATCH)).filter((id) => !failedIds.has(id))
    if (!due.length) break
    for (const packageId of due) {
      try {
        const { result } = await expireServicePackageWorkflow(container).run({
          input: { package_id: packageId },
        })
        if (result.created) expired++
      } catch (error) {
        failed++
        failedIds.add(packageId)
        logger.error(`Expiring package ${packageId} failed: ${(error as Error).message}`)
      }
    }
    if (due.length < BATCH) break
  }
  if (expired || failed) {
    logger.info(`Service packages: ${expired} expired, ${failed} failed`)
  }
  return { expired, failed }
}

export const config = {
  name: "expire-service-packages",
  schedule: "5 * * * *",
}

export default reliableJob(config.name, expireServicePackagesJob)
