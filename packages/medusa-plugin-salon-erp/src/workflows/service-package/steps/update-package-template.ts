import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { PackageTemplateFields, PackageTemplateItemInput } from "./create-package-template"

export type UpdatePackageTemplateStepInput = {
  id: string
  data: Partial<PackageTemplateFields>
  /** Replaces the items when given. */
  items?: PackageTemplateItemInput[]
}

const TEMPLATE_FIELDS = [
  "id",
  "name",
  "description",
  "currency_code",
  "validity_days",
  "valid_until",
  "branch_scope",
  "allocation_method",
  "refund_fee_percent",
  "is_active",
  "metadata",
] as const

export const updatePackageTemplateStepId = "update-package-template"
/**
 * This step updates a template's terms and, when given, replaces its items (staging
 * `package_template.updated` in the same transaction). Packages already
 * sold keep the terms they were sold on. Compensation puts the previous terms and items back.
 */
export const updatePackageTemplateStep = createStep(
  updatePackageTemplateStepId,
  async (input: UpdatePackageTemplateStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const before = (await packages.retrievePackageTemplate(input.id, {
      select: [...TEMPLATE_FIELDS],
    })) as unknown as Record<string, unknown>
    const data = { ...input.data } as Record<string, unknown>
    if ("valid_until" in data) {
      data.valid_until = data.valid_until ? new Date(data.valid_until as string) : null
    }
    // A template has one kind of validity: setting one clears the other.
    if (data.validity_days) data.valid_until = null
    if (data.valid_until) data.validity_days = null
    const previous: Record<string, unknown> = {}
    for (const field of Object.keys(data)) previous[field] = before[field]
    const { previous_items: previousItems } = await packages.updateTemplate(
      input.id,
      data,
      input.items
    )
    return new StepResponse({ id: input.id }, { id: input.id, previous, previousItems })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    if (Object.keys(undo.previous).length) {
      await packages.updatePackageTemplates({ id: undo.id, ...undo.previous })
    }
    if (undo.previousItems) {
      await packages.replaceTemplateItems(undo.id, undo.previousItems)
    }
  }
)
