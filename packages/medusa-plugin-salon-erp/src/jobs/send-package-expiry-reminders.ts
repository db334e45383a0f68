import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SERVICE_PACKAGE_MODULE } from "../modules/service-package"
import type ServicePackageModuleService from "../modules/service-package/service"
import { sendPackageExpiryReminderWorkflow } from "../workflows/service-package/workflows/send-package-expiry-reminder"
import { reliableJob } from "../lib/jobs/reliable-job"

/**
 * Reminds customers once, `expiry_reminder_days` (30 by default) before a package with unused
 * sessions expires. Running twice, or on two workers at once, sends nothing twice.
 */
async function sendPackageExpiryRemindersJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
  const due = await packages.listPackagesDueForReminder()
  let sent = 0
  let failed = 0
  for (const packageId of due) {
    try {
      const { result } = await sendPackageExpiryReminderWorkflow(container).run({
        input: { package_id: packageId },
      })
      if (result.claim.claimed) sent++
    } catch (error) {
      failed++
      logger.error(`Expiry reminder for package ${packageId} failed: ${(error as Error).message}`)
    }
  }
  if (due.length) {
    logger.info(
      `Package expiry reminders: ${sent} sent, ${failed} failed, ${due.length - sent - failed} already sent`
    )
  }
  return { due: due.length, sent, failed }
}

export const config = {
  name: "send-package-expiry-reminders",
  // 02:00 UTC is 10:00 in China: a reasonable hour for a message.
  schedule: "0 2 * * *",
}

export default reliableJob(config.name, sendPackageExpiryRemindersJob)
