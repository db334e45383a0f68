import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"

export const deletePackageTemplateStepId = "delete-package-template"
/**
 * This step deletes a template that never sold (one that did is deactivated instead, so its
 * history keeps pointing at it). Compensation restores it.
 */
export const deletePackageTemplateStep = createStep(
  deletePackageTemplateStepId,
  async (input: { id: string }, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const template = await packages.retrievePackageTemplate(input.id, { select: ["id", "name"] })
    const sold = await packages.countPackagesOfTemplate(input.id)
    if (sold > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${template.name} has sold ${sold} package${sold === 1 ? "" : "s"}; deactivate it (is_active: false) instead of deleting it`
      )
    }
    await packages.deleteTemplate(input.id)
    return new StepResponse({ id: input.id }, input.id)
  },
  async (templateId, { container }) => {
    if (!templateId) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    await packages.restorePackageTemplates(templateId)
  }
)
