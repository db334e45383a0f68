import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { validateServiceVariantStep } from "../../booking/steps/validate-service-variant"
import {
  type PackageTemplateFields,
  type PackageTemplateItemInput,
  createPackageTemplateStep,
} from "../steps/create-package-template"
import { validatePackageTemplateServicesStep } from "../steps/validate-package-template-services"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type CreatePackageTemplateWorkflowInput = PackageTemplateFields & {
  items: PackageTemplateItemInput[]
  /** Sell it as this existing variant … */
  variant_id?: string
  /** … or create a product with one variant at these prices (major units). */
  prices?: { currency_code: string; amount: number }[]
  sales_channel_ids?: string[]
}

export const createPackageTemplateWorkflowId = "create-package-template"
/**
 * This workflow creates a package template sold as a Medusa product variant (an existing one, or
 * a new product at the given prices, needing no shipping) and emits `package_template.created`.
 */
export const createPackageTemplateWorkflow = createWorkflow(
  createPackageTemplateWorkflowId,
  (input: CreatePackageTemplateWorkflowInput) => {
    validatePackageTemplateServicesStep({
      items: input.items,
      allocation_method: input.allocation_method,
    })
    when({ input }, ({ input }) => !!input.variant_id).then(() => {
      validateServiceVariantStep({ variant_id: input.variant_id as string })
    })
    const product = when({ input }, ({ input }) => !input.variant_id).then(() => {
      const products = transform({ input }, ({ input }) => [
        {
          title: input.name,
          description: input.description ?? undefined,
          status: input.is_active === false ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
          options: [{ title: "Package", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              options: { Package: "Standard" },
              manage_inventory: false,
              prices: input.prices ?? [],
            },
          ],
          sales_channels: (input.sales_channel_ids ?? []).map((id) => ({ id })),
          metadata: { salon_kind: "service_package" },
        },
      ])
      return createProductsWorkflow.runAsStep({ input: { products } })
    })
    const data = transform({ input, product }, ({ input, product }) => {
      const { prices: _prices, sales_channel_ids: _channels, ...fields } = input
      return {
        ...fields,
        currency_code: fields.currency_code ?? input.prices?.[0]?.currency_code ?? "cny",
        variant_id: input.variant_id ?? product![0].variants[0].id,
      }
    })
    const template = createPackageTemplateStep(data)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ template }, ({ template }) => [template.id]),
    })
    return new WorkflowResponse(template)
  }
)
