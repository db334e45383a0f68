import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { loadTemplatesForSale } from "../../../lib/service-package/load-templates"
import { packageTerms } from "../../../lib/service-package/terms"

export type PreparePackageSaleStepInput = {
  template_id: string
  /** What the customer pays; defaults to the variant's price in the template's currency. */
  amount_paid?: number | null
}

export const preparePackageSaleStepId = "prepare-package-sale"
/**
 * This step turns a template into the terms of a sale at the counter: the price paid (the list
 * price unless a lower amount is given), the expiry, the branch rule and the price split over
 * the sessions. Inactive templates, and amounts above the list price, are refused.
 */
export const preparePackageSaleStep = createStep(
  preparePackageSaleStepId,
  async (input: PreparePackageSaleStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const [template] = await loadTemplatesForSale(container, { id: [input.template_id] })
    if (!template) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Package template with id: ${input.template_id} was not found`
      )
    }
    if (!template.is_active) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${template.name} is no longer sold (inactive)`
      )
    }
    const amount = input.amount_paid ?? template.list_price
    if (amount === null || amount === undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${template.name} has no ${template.currency_code} price; give amount_paid`
      )
    }
    if (template.list_price !== null && amount > template.list_price) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount_paid (${amount}) is more than the price of ${template.name} (${template.list_price} ${template.currency_code})`
      )
    }
    const settings = await packages.getSettings()
    return new StepResponse(packageTerms(template, amount, new Date(), settings.refund_fee_percent))
  }
)
