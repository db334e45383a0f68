import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"

export const claimPackageExpiryReminderStepId = "claim-package-expiry-reminder"
/**
 * This step claims a package's expiry reminder (true for exactly one caller, however many jobs
 * run at once). Compensation gives the claim back so a later run retries a failed send.
 */
export const claimPackageExpiryReminderStep = createStep(
  claimPackageExpiryReminderStepId,
  async (input: { package_id: string }, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const claimed = await packages.claimExpiryReminder(input.package_id)
    return new StepResponse({ claimed }, claimed ? input.package_id : undefined)
  },
  async (packageId, { container }) => {
    if (!packageId) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    await packages.unclaimExpiryReminder(packageId)
  }
)
