import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { AllocationMethodType, BranchScope } from "../../../modules/service-package/types"

export type PackageTemplateFields = {
  name: string
  description?: string | null
  currency_code?: string
  validity_days?: number | null
  valid_until?: string | null
  branch_scope?: BranchScope
  allocation_method?: AllocationMethodType
  refund_fee_percent?: number | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
}

export type PackageTemplateItemInput = {
  salon_service_id: string
  sessions: number
  session_value?: number | null
}

export type CreatePackageTemplateStepInput = PackageTemplateFields & {
  variant_id: string
  items: PackageTemplateItemInput[]
}

export const createPackageTemplateStepId = "create-package-template"
/**
 * This step creates a package template with its items (staging `package_template.created` in the
 * same transaction). Compensation deletes it.
 */
export const createPackageTemplateStep = createStep(
  createPackageTemplateStepId,
  async (input: CreatePackageTemplateStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const { items, ...fields } = input
    const template = await packages.createTemplate(
      { ...fields, valid_until: fields.valid_until ? new Date(fields.valid_until) : null },
      items
    )
    return new StepResponse({ id: template.id }, template.id)
  },
  async (templateId, { container }) => {
    if (!templateId) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    await packages.deletePackageTemplates(templateId)
  }
)
