import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"

export const quotePackageRefundStepId = "quote-package-refund"
/**
 * This step computes what refunding a package returns now: the allocated value of its unused
 * sessions, minus the refund fee.
 */
export const quotePackageRefundStep = createStep(
  quotePackageRefundStepId,
  async (input: { package_id: string }, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    return new StepResponse(await packages.quoteRefund(input.package_id))
  }
)
